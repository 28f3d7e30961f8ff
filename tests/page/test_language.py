"""Language stage: non-English articles are recorded and skipped by the English stages."""

from __future__ import annotations

from newsgraph.pipeline import Pipeline
from newsgraph.readers.base import RawInput
from newsgraph.records import Status

GERMAN = (
    "Der Stadtrat hat am Montag beschlossen, die alte Brücke für den Verkehr zu sperren. "
    "Ingenieure hatten bei einer Prüfung Risse im Beton gefunden. Die Sperrung soll mindestens "
    "bis zum Sommer dauern, teilte die Verwaltung mit. "
) * 3


def test_non_english_article_is_skipped_with_its_language():
    (record,) = Pipeline(until="language").run([RawInput(source="de.txt", data=GERMAN.encode(), kind="text")])
    assert record.article.language == "de"
    assert record.status == Status.SKIPPED
    assert "de" in record.reason and "English stages skipped" in record.reason


def test_english_article_stays_ok():
    text = "The city council voted on Monday to close the old bridge after engineers found cracks. " * 4
    (record,) = Pipeline(until="language").run([RawInput(source="en.txt", data=text.encode(), kind="text")])
    assert record.article.language == "en" and record.status == Status.OK
