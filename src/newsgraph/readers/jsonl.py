"""JSON Lines: one document per line, with a ``text`` or ``html`` field and optional ``url``,
``date`` and ``title``. A bad line is an error for that line only."""

from __future__ import annotations

import json
from collections.abc import Iterator

from newsgraph.errors import InputError
from newsgraph.readers.base import RawInput


def iter_jsonl(source: str, data: bytes) -> Iterator[RawInput | InputError]:
    for number, line in enumerate(data.splitlines(), start=1):
        if line.strip():
            yield _read_line(f"{source}:{number}", line)


def _read_line(source: str, line: bytes) -> RawInput | InputError:
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return InputError(source, "bad_json", f"line is not valid JSON ({exc})")
    if not isinstance(obj, dict):
        return InputError(source, "bad_json", "line is not a JSON object")
    html, text = obj.get("html"), obj.get("text")
    content = html if isinstance(html, str) and html.strip() else text
    if not isinstance(content, str) or not content.strip():
        return InputError(source, "no_content", "line has no non-empty 'text' or 'html' field")
    return RawInput(
        source=source,
        data=content.encode("utf-8"),
        kind="html" if content is html else "text",
        input_format="jsonl",
        url=_str_or_none(obj.get("url")),
        date=_str_or_none(obj.get("date")),
        title=_str_or_none(obj.get("title")),
    )


def _str_or_none(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
