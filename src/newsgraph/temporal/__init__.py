"""Time expressions: find them in a parsed text and normalise them to TIMEX3-style values.

``find_times(doc, anchor)`` is the entry point; the stage `time` wraps it into records.
"""

from newsgraph.temporal.finder import Timex, find_times

__all__ = ["Timex", "find_times"]
