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
        found = find_times(article.body, anchor, item.doc, anchor_name or "none")
        item.record.times = [to_record(item, index, timex) for index, timex in enumerate(found, 1)]


def to_record(item: Item, index: int, timex: Timex) -> TimeExpression:
    return TimeExpression(
        id=f"t{index}",
        span=item.record.article.span(timex.start, timex.end, timex.text),
        type=TimeType(timex.type),
        value=timex.value,
        granularity=Granularity(timex.granularity) if timex.granularity else None,
        anchor=timex.anchor,
        relative=timex.relative,
        tense=timex.tense,
    )
