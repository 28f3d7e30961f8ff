"""The read stage: files, directories, gzip, WARC, JSONL, stdin, and bad input as per-item errors."""

from __future__ import annotations

import gzip
import io
import json

from newsgraph.config import Settings
from newsgraph.errors import InputError
from newsgraph.readers import RawInput, iter_inputs

STORY = "The council voted on Monday to close the old bridge to traffic after engineers found cracks. " * 5


def read_all(*paths, settings: Settings | None = None) -> list:
    return list(iter_inputs([str(p) for p in paths], settings))


def test_directory_is_walked_recursively_and_skips_images(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(STORY)
    (tmp_path / "a" / "b" / "two.html").write_text(f"<html><body><p>{STORY}</p></body></html>")
    (tmp_path / "a" / "b" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    items = read_all(tmp_path)
    assert [type(i) for i in items] == [RawInput, RawInput]
    assert sorted((i.source.rsplit("/", 1)[-1], i.kind) for i in items) == [("one.txt", "text"), ("two.html", "html")]


def test_gzip_file_is_decompressed(tmp_path):
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(STORY.encode()))
    (item,) = read_all(path)
    assert item.data.decode() == STORY and item.kind == "text"


def test_gzip_bomb_over_the_limit_is_an_error(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 3_000_000))
    (item,) = read_all(path, settings=Settings(max_input_bytes=1_000_000))
    assert isinstance(item, InputError) and item.reason == "too_large"


def _warc_bytes(pages: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=headers)
        writer.write_record(record)
    return buffer.getvalue()


def test_warc_response_records_become_html_inputs(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(_warc_bytes([("https://a.example/1", "<p>one</p>"), ("https://a.example/2", "<p>two</p>")]))
    items = read_all(path)
    assert [i.url for i in items] == ["https://a.example/1", "https://a.example/2"]
    assert all(i.kind == "html" and i.input_format == "warc" for i in items)
    assert items[1].data == b"<p>two</p>"


def test_truncated_warc_record_is_an_error_and_earlier_records_survive(tmp_path):
    data = _warc_bytes([("https://a.example/1", f"<p>{STORY}</p>"), ("https://a.example/2", f"<p>{STORY}</p>")])
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(gzip.compress(data[:-200]))
    items = read_all(path)
    assert isinstance(items[0], RawInput) and items[0].url == "https://a.example/1"
    assert isinstance(items[1], InputError) and items[1].reason == "truncated"
    assert items[1].source.endswith("#2")


def test_jsonl_lines_with_fields_and_bad_lines_numbered(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": STORY, "url": "https://b.example/x", "date": "2024-01-02", "title": "Bridge closed"}),
        "{not json",
        json.dumps({"html": f"<p>{STORY}</p>"}),
        json.dumps({"title": "no body"}),
    ]
    path.write_text("\n".join(lines))
    items = read_all(path)
    assert isinstance(items[0], RawInput) and items[0].title == "Bridge closed" and items[0].date == "2024-01-02"
    assert isinstance(items[1], InputError) and items[1].source.endswith("feed.jsonl:2")
    assert isinstance(items[2], RawInput) and items[2].kind == "html"
    assert isinstance(items[3], InputError) and items[3].reason == "no_content"


def test_stdin_is_read(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(STORY.encode())))
    (item,) = list(iter_inputs(["-"]))
    assert item.source == "<stdin>" and item.data.decode() == STORY


def test_missing_path_and_directory_without_documents(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "logo.png").write_bytes(b"\x89PNG")
    items = read_all(tmp_path / "nope.txt", tmp_path / "empty", tmp_path / "images")
    assert [i.reason for i in items] == ["missing", "no_documents", "no_documents"]
    assert all(str(tmp_path) in i.source for i in items)


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # 50 MB, sparse: nothing is committed to the repository
        handle.truncate(50 * 1024 * 1024)
    (item,) = read_all(path)
    assert isinstance(item, InputError) and item.reason == "too_large" and "huge.txt" in item.source


# Two stories in the Reuters-21578 layout, written for this test: a full one (hard-wrapped, indented
# paragraphs, an escaped "<", a control character, the "Reuter" sign-off) and a brief with no body.
SGML = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" NEWID="7">
<DATE> 2-MAR-1987 09:15:00.10</DATE>
<TEXT>&#2;
<TITLE>HARBOUR BOARD &lt;HBD> CLOSES OLD BRIDGE</TITLE>
<DATELINE>    PORTSMOUTH, March 2 - </DATELINE><BODY>The harbour board said it closed the
old bridge to lorries after engineers found cracks in two
of its piers.
     The board said repairs would take six weeks and cost
about two mln dlrs.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="8">
<DATE> 2-MAR-1987 09:16:00.00</DATE>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>BRIDGE REOPENS</TITLE>
&#3;</TEXT>
</REUTERS>
"""


def test_reuters_sgml_stories_become_documents_with_title_date_and_paragraphs(tmp_path):
    path = tmp_path / "reut2-999.sgm"
    path.write_text(SGML, encoding="latin-1")
    story, brief = read_all(path)
    assert isinstance(story, RawInput) and story.source.endswith("reut2-999.sgm#7")
    assert story.title == "HARBOUR BOARD <HBD> CLOSES OLD BRIDGE" and story.date == "1987-03-02T09:15:00"
    assert story.input_format == "sgml" and story.kind == "text"
    text = story.data.decode()
    assert text.startswith("PORTSMOUTH, March 2 - The harbour board said it closed the old bridge to lorries")
    assert "piers.\n\nThe board said repairs" in text and not text.rstrip().endswith("Reuter")
    assert isinstance(brief, InputError) and brief.reason == "no_content" and brief.source.endswith("#8")


def test_reuters_sgml_is_recognised_by_content_and_a_file_without_stories_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(SGML.encode("latin-1"))))
    assert [type(i) for i in iter_inputs(["-"])] == [RawInput, InputError]
    empty = tmp_path / "empty.sgm"
    empty.write_text('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n')
    (error,) = read_all(empty)
    assert isinstance(error, InputError) and error.reason == "no_documents"


def test_a_reuters_story_reads_as_an_article_with_its_headline_and_date(tmp_path):
    from newsgraph.page.reader import read_page

    path = tmp_path / "reut2-999.sgm"
    path.write_text(SGML, encoding="latin-1")
    article = read_page(read_all(path)[0])
    assert article.headline == "HARBOUR BOARD <HBD> CLOSES OLD BRIDGE"
    assert article.published is not None and article.published.year == 1987
    assert article.body.startswith("PORTSMOUTH, March 2 - The harbour board said")
