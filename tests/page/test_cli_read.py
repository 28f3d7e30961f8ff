"""`newsgraph read` on bad input: one line on stderr naming each bad input, good ones still printed, exit 1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SEED = Path(__file__).parents[1] / "data" / "chinadaily-2022-03-11-ceasefire-talks.txt"
NOT_FOUND = Path(__file__).parents[1] / "data" / "pages" / "notfound.txt"


def run_read(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newsgraph", "read", "--until", "language", "--format", "jsonl", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
    )


def test_bad_inputs_fail_one_line_each_and_good_ones_still_print(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    bad_html = tmp_path / "broken.html"
    bad_html.write_bytes(b"<html><body><div><p>unclosed")
    missing = tmp_path / "missing.txt"
    result = run_read(str(SEED), str(empty), str(binary), str(missing), str(bad_html), str(NOT_FOUND))
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert records[0]["article"]["headline"] == "Russia, Ukraine fail to agree on cease-fire at talks"
    assert {r["status"] for r in records[1:]} == {"unreadable", "no_article"}
    errors = result.stderr.decode().strip().splitlines()
    for path, reason in (
        (empty, "empty"),
        (binary, "binary"),
        (missing, "missing"),
        (bad_html, "no_article"),
        (NOT_FOUND, "no_article"),
    ):
        (line,) = [e for e in errors if str(path) in e]
        assert line.startswith("newsgraph: ") and reason in line


def test_stdin_dash_reads_a_page():
    result = run_read("-", stdin=SEED.read_bytes())
    assert result.returncode == 0, result.stderr.decode()
    (record,) = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert record["article"]["source"] == "<stdin>" and record["article"]["authors"] == ["Ren Qi"]


def test_non_utf8_file_is_read(tmp_path):
    path = tmp_path / "latin.txt"
    text = SEED.read_text().replace("Lavrov", "Lavrov’s aide Zoë")
    path.write_bytes(text.encode("cp1252"))
    result = run_read(str(path))
    assert result.returncode == 0, result.stderr.decode()
    (record,) = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert "Zoë" in record["article"]["body"]
