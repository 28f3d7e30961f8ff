"""Stage `places`: not implemented yet; runs and adds nothing."""

from __future__ import annotations

from newsgraph.stages.base import Item, Stage


class PlacesStage(Stage):
    name = "places"

    def process(self, item: Item) -> None:
        return None
