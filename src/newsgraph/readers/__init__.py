"""The read stage: turn paths, directories, archives and stdin into :class:`RawInput` items."""

from newsgraph.readers.base import RawInput, iter_inputs

__all__ = ["RawInput", "iter_inputs"]
