"""Publication and update dates of HTML pages, one small page (written for these tests) per source."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from trafilatura.utils import load_html

from newsgraph.page.htmldates import page_dates, parse_timestamp
from newsgraph.page.reader import read_page
from newsgraph.readers.base import RawInput

STORY = "<p>" + "The harbour council voted on Monday to rebuild the old sea wall before the winter storms. " * 4
PLUS_TWO = timezone(timedelta(hours=2))
MINUS_FIVE = timezone(timedelta(hours=-5))


def page(head: str = "", body: str = "") -> str:
    return f"<html><head><title>Sea wall</title>{head}</head><body><article>{body}{STORY}</article></body></html>"


def published(html: str, url: str | None = None) -> datetime | None:
    return page_dates(load_html(html), url)[0]


def test_meta_published_time_keeps_the_pages_offset():
    html = page('<meta property="article:published_time" content="2021-03-02T23:30:00-05:00">')
    assert published(html) == datetime(2021, 3, 2, 23, 30, tzinfo=MINUS_FIVE)  # not 3 March, as UTC would say


def test_json_ld_date_published():
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-06-10T08:15:00Z"}</script>'
    assert published(page(ld)) == datetime(2021, 6, 10, 8, 15, tzinfo=UTC)


def test_broken_json_ld_still_gives_its_date():
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-06-10", }}</script>'
    assert published(page(ld)).date().isoformat() == "2021-06-10"


def test_meta_is_trusted_before_json_ld():
    head = (
        '<meta property="article:published_time" content="2021-06-11T09:00:00+02:00">'
        '<script type="application/ld+json">{"datePublished": "2021-06-09T09:00:00+02:00"}</script>'
    )
    assert published(page(head)).date().isoformat() == "2021-06-11"


def test_utc_stamp_takes_the_local_offset_another_source_states():
    head = (
        '<meta property="article:published_time" content="2021-12-24T23:50:00+00:00">'
        '<script type="application/ld+json">{"datePublished": "2021-12-25T01:50:00+02:00"}</script>'
    )
    assert published(page(head)) == datetime(2021, 12, 25, 1, 50, tzinfo=PLUS_TWO)


def test_utc_small_hours_after_the_url_date_is_the_evening_of_the_url_date():
    ld = '<script type="application/ld+json">{"datePublished": "2021-04-14T01:38:07Z"}</script>'
    assert published(page(ld), "https://news.example.org/2021/04/13/sea-wall/").date().isoformat() == "2021-04-13"
    later = '<script type="application/ld+json">{"datePublished": "2021-04-14T11:38:07Z"}</script>'
    assert published(page(later), "https://news.example.org/2021/04/13/sea-wall/").date().isoformat() == "2021-04-14"


def test_microdata_date_published_in_the_body():
    body = '<span itemprop="datePublished" content="2022-02-01T07:00:00+01:00">1 February</span>'
    assert published(page(body=body)) == datetime(2022, 2, 1, 7, 0, tzinfo=timezone(timedelta(hours=1)))


def test_time_element_in_the_article_header():
    header = '<header><h1>Sea wall</h1><time datetime="2022-01-05T10:00:00+01:00">5 January</time></header>'
    assert published(page(body=header)).date().isoformat() == "2022-01-05"


def test_date_in_the_url():
    assert published(page(), "https://news.example.org/local/2020/11/30/sea-wall.html") == datetime(2020, 11, 30)
    assert published(page(), "https://news.example.org/local/sea-wall-2020-11-77.html") is None


def test_visible_date_is_found_when_no_markup_states_one():
    found = published(page(body="<p class='date'>Published 7 May 2019, 14:02</p>"))
    assert found is not None and found.date().isoformat() == "2019-05-07"


def test_a_bare_copyright_year_is_not_a_publication_date():
    html = page().replace("</article>", "</article><footer>© 2020 Harbour Times</footer>")
    assert published(html) is None


def test_implausible_and_unreadable_stamps_are_ignored():
    assert parse_timestamp("0001-01-01T00:00:00Z") is None
    assert parse_timestamp("3021-01-01") is None
    assert parse_timestamp("yesterday") is None
    assert parse_timestamp("Tue, Sep 15 2020 10:01:41 EDT").date().isoformat() == "2020-09-15"


def test_updated_date_from_json_ld_modified():
    head = (
        '<meta property="article:published_time" content="2021-06-10T08:00:00+02:00">'
        '<script type="application/ld+json">{"datePublished": "2021-06-10T08:00:00+02:00",'
        ' "dateModified": "2021-06-12T17:30:00+02:00"}</script>'
    )
    assert page_dates(load_html(page(head)), None)[1] == datetime(2021, 6, 12, 17, 30, tzinfo=PLUS_TWO)
    same_day = page(head.replace("2021-06-12T17:30", "2021-06-10T09:30"))
    assert page_dates(load_html(same_day), None) == (datetime(2021, 6, 10, 8, 0, tzinfo=PLUS_TWO), None)


def test_reader_records_the_dates():
    head = (
        '<meta property="article:published_time" content="2021-06-10T08:00:00+02:00">'
        '<meta property="article:modified_time" content="2021-06-11T10:00:00+02:00">'
    )
    raw = RawInput(source="wall.html", data=page(head).encode(), kind="html", input_format="html")
    article = read_page(raw)
    assert article.published == datetime(2021, 6, 10, 8, 0, tzinfo=PLUS_TWO)
    assert article.updated == datetime(2021, 6, 11, 10, 0, tzinfo=PLUS_TWO)
    assert article.body.startswith("The harbour council voted")
