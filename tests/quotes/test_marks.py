"""Quote-mark scanning: every mark style, nesting, unbalanced marks, quotes across paragraphs."""

from __future__ import annotations

from newsgraph.quotes.marks import find_quote_regions


def texts(text: str) -> list[str]:
    return [text[r.start : r.end] for r in find_quote_regions(text)]


def test_every_mark_style():
    text = 'A "straight" B “curly” C ‘single’ D «guillemets» E „German“ F'
    assert texts(text) == ['"straight"', "“curly”", "‘single’", "«guillemets»", "„German“"]


def test_apostrophes_are_not_quotes():
    assert texts("Putin's aides don't agree, and the Kremlin's view is 'firm' now.") == ["'firm'"]


def test_nested_marks_stay_inside_the_outer_quote():
    text = "“He told me ‘never again’ and left,” she said."
    assert texts(text) == ["“He told me ‘never again’ and left,”"]


def test_quote_running_across_paragraphs_is_one_region():
    text = '"First part of the quote.\n\n"Second part," he said.\n\nNext story paragraph.'
    (region,) = find_quote_regions(text)
    assert text[region.start : region.end] == '"First part of the quote.\n\n"Second part,"'
    assert region.closed


def test_unclosed_quote_ends_at_paragraph_when_not_reopened():
    text = '"An opening mark with no end.\n\nA plain paragraph with "a quote" in it.'
    regions = find_quote_regions(text)
    assert [text[r.start : r.end] for r in regions] == ['"An opening mark with no end.', '"a quote"']
    assert regions[0].closed is False and regions[1].closed


def test_article_that_is_one_long_quote():
    text = "“" + " ".join(["Word after word."] * 2000)
    (region,) = find_quote_regions(text)
    assert region.start == 0 and region.end == len(text) and not region.closed


def test_only_marks_and_empty_text():
    assert find_quote_regions("") == []
    assert len(find_quote_regions('"""""" “““ ””” «« »»')) >= 1


def test_curly_quote_closed_by_a_straight_mark():
    text = 'He called it “highly significant." Then he left, saying "no more."'
    assert texts(text) == ['“highly significant."', '"no more."']
