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
