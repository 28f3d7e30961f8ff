"""Stage `language`: detect the article's language; non-English articles skip the English stages."""

from __future__ import annotations

from newsgraph.records import Status
from newsgraph.stages.base import Item, Stage

MIN_CONFIDENCE = 0.5


def detect_language(text: str) -> tuple[str, float]:
    import py3langid

    lang, prob = py3langid.classify(text[:5000])
    return lang, float(prob)


class LanguageStage(Stage):
    name = "language"
    needs_doc = False

    def process(self, item: Item) -> None:
        record = item.record
        if record.status != Status.OK:
            return
        lang, confidence = detect_language(record.article.body)
        record.article.language = lang
        record.article.language_confidence = round(confidence, 3)
        if lang != "en":
            record.status = Status.SKIPPED
            record.reason = f"language is {lang!r} (confidence {confidence:.2f}); English stages skipped"
