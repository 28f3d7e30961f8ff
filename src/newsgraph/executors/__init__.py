"""Where the pipeline runs: in this process, a local process pool, or a Dask cluster.

Every executor takes batches of :class:`~newsgraph.readers.RawInput` and yields
:class:`BatchResult`s in submission order; the caller (the single store writer) stores them.
"""

from newsgraph.executors.base import BatchResult, Executor, InlineExecutor, make_executor

__all__ = ["BatchResult", "Executor", "InlineExecutor", "make_executor"]
