"""Wire copies are found with MinHash LSH; unrelated stories are not."""

from __future__ import annotations

from pathlib import Path

from newsgraph.kb.duplicates import DuplicateFinder

SEED = Path(__file__).parents[1] / "data" / "chinadaily-2022-03-11-ceasefire-talks.txt"


def story() -> str:
    text = SEED.read_text(encoding="utf-8")
    return text[text.index("Russia and Ukraine failed") :]


def test_a_lightly_edited_wire_copy_is_linked() -> None:
    original = story()
    copy = "MOSCOW (Agency) - " + original.replace("Lavrov", "Sergei Lavrov", 1).rsplit("\n\n", 2)[0]
    finder = DuplicateFinder()
    assert finder.add("a1", original)[1] == []
    blob, links = finder.add("a2", copy)
    assert blob and [other for other, _ in links] == ["a1"]
    assert links[0][1] >= 0.7


def test_a_different_story_is_not_linked_and_reloaded_signatures_still_match() -> None:
    original = story()
    finder = DuplicateFinder()
    blob, _ = finder.add("a1", original)
    other = " ".join(reversed(original.split()))  # same words, different shingles
    assert finder.add("b1", other)[1] == []
    reloaded = DuplicateFinder()
    reloaded.load([("a1", blob)])
    assert [o for o, _ in reloaded.add("a3", original + " Reporting by the desk.")[1]] == ["a1"]
