"""Stage `time`: time expressions of the body, resolved against the article's own date and the clause tense."""

from __future__ import annotations

from newsgraph.records import Granularity, TimeExpression, TimeType
from newsgraph.stages.base import Item, Stage
from newsgraph.temporal.finder import Timex, find_times


class TimeStage(Stage):
    name = "time"

    def process(self, item: Item) -> None:
        article = item.record.article
        anchor, anchor_name = article.reference_date
        found = [(None, t) for t in find_times(article.body, anchor, item.doc, anchor_name or "none")]
        for index, caption_doc in enumerate(item.caption_docs):  # captions: parsed by nlp, kept out of the body
            found += [(index, t) for t in find_times(caption_doc.text, anchor, caption_doc, anchor_name or "none")]
        item.record.times = [to_record(item, n, caption, timex) for n, (caption, timex) in enumerate(found, 1)]


def to_record(item: Item, index: int, caption: int | None, timex: Timex) -> TimeExpression:
    article = item.record.article
    if caption is None:
        span = article.span(timex.start, timex.end, timex.text)
    else:
        span = article.caption_span(caption, timex.start, timex.end)
    return TimeExpression(
        id=f"t{index}",
        span=span,
        caption=caption,
        type=TimeType(timex.type),
        value=timex.value,
        granularity=Granularity(timex.granularity) if timex.granularity else None,
        anchor=timex.anchor,
        relative=timex.relative,
        tense=timex.tense,
    )
