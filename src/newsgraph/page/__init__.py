"""The page stage: raw bytes to a clean :class:`~newsgraph.records.Article`."""
