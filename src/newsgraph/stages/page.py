"""Stage `page`: raw input to Article (story text and metadata)."""

from __future__ import annotations

from newsgraph.errors import InputError
from newsgraph.records import Status
from newsgraph.stages.base import Item, Stage

NO_STORY = "no story found: the page holds only navigation, link lists or too little prose"


class PageStage(Stage):
    name = "page"
    needs_doc = False

    def process(self, item: Item) -> None:
        from newsgraph.page.reader import read_page

        try:
            item.record.article = read_page(item.raw)
        except InputError as exc:
            item.record.status = Status.UNREADABLE
            item.record.reason = f"{exc.reason}: {exc.message.removeprefix(exc.source + ': ')}"
            return
        if not item.record.article.body.strip():
            item.record.status = Status.NO_ARTICLE
            item.record.reason = NO_STORY
