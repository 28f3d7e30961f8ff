"""HTML pages: trafilatura body plus metadata, on a page written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from newsgraph.page.html import clean_title
from newsgraph.page.reader import read_page
from newsgraph.readers.base import RawInput

PAGE = Path(__file__).parents[1] / "data" / "pages" / "northerncourier-wind-farm.html"
CEST = timezone(timedelta(hours=2))


def read_html(data: bytes, source: str = "page.html"):
    return read_page(RawInput(source=source, data=data, kind="html", input_format="html"))


def test_html_page_body_and_metadata():
    article = read_html(PAGE.read_bytes())
    assert article.headline == "Norway approves giant offshore wind farm in the North Sea"
    assert article.authors == ["Ingrid Solberg"]
    assert article.outlet == "The Northern Courier"
    assert article.section == "Energy"
    assert article.language == "en"
    assert article.dateline == "Oslo"
    assert article.published == datetime(2023, 9, 5, 8, 30, tzinfo=CEST)
    assert article.updated == datetime(2023, 9, 7, 16, 10, tzinfo=CEST)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Turbines at an existing wind farm off the Norwegian coast.", "Lars Berg/Courier")
    ]
    assert article.body.startswith("OSLO — Norway on Tuesday approved")
    assert article.body.endswith("waited years for approval.")
    for chrome in ("Wind turbines seen from", "Share on", "Related stories", "Oil fund", "©", "Privacy"):
        assert chrome not in article.body
    assert len(article.paragraphs) == 6
    assert all(article.body[p.start : p.end] == p.text for p in article.paragraphs)


def test_title_tail_with_site_name_is_dropped():
    assert clean_title("Floods hit the coast | The Daily Example", "The Daily Example") == "Floods hit the coast"
    assert clean_title("Floods hit the coast – World – Example News", "Example News") == "Floods hit the coast"
    assert clean_title("Biden: no deal yet", None) == "Biden: no deal yet"


def test_broken_html_is_read_without_crashing():
    story = "<p>" + "The river burst its banks overnight and flooded the old town, officials said. " * 6
    article = read_html(f"<html><body><div><article>{story}<p>unclosed <b>tags <i>everywhere".encode())
    assert article.body.startswith("The river burst its banks")


def test_error_page_gets_no_body():
    html = (
        b"<html><head><title>Page not found</title></head><body><nav><a href='/'>Home</a></nav>"
        b"<h1>404</h1><p>Sorry, this page does not exist.</p></body></html>"
    )
    assert read_html(html).body == ""
