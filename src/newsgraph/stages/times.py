"""Stage `time`: not implemented yet; runs and adds nothing."""

from __future__ import annotations

from newsgraph.stages.base import Item, Stage


class TimeStage(Stage):
    name = "time"

    def process(self, item: Item) -> None:
        return None
