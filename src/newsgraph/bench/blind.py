"""The blind event set: real news sentences coded with CAMEO triples by annotators who never saw newsgraph's
output (``tests/data/events/blind-leads.jsonl``), scored like the PETR-2 GSR.

The sentences belong to their publishers, so the file keeps only where each one is: a document in
``../shared/data/corpora`` and the character span of the sentence in that document's text with its
whitespace collapsed (plus a digest to check it). The text is read back from the corpora at run time:
Reuters-21578 stories by NEWID (dateline + body, as ``newsgraph.readers.sgml`` reads them), BBC files
whole, and 2020 web pages through trafilatura's main-text extraction. Each row says whether it is
``dev`` (its errors were read) or ``test`` (held out).
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

from newsgraph.errors import UsageError


def load_blind(path: Path, corpora: Path) -> list[dict]:
    """The set's rows with their ``text`` restored from the corpora (PETR-2 row shape plus ``split``)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        text = document_text(corpora, row["doc"])[row["start"] : row["end"]]
        if _digest(text) != row["sha1"]:
            raise UsageError(f"{row['id']}: the sentence at {row['doc']} has changed", "check the corpus copy")
        row["text"] = text
        for event in row["expected_events"]:
            for side in ("source", "target"):
                code = event[side]
                event[side] = _SUCCESSORS.get(code[:3], code[:3]) + code[3:]
    return rows


# The annotators wrote CAMEO's codes for the Soviet Union and Yugoslavia; newsgraph writes their
# successor states' ISO codes (RUS, SRB), as for any other country.
_SUCCESSORS = {"USR": "RUS", "YUG": "SRB"}


def anchor(row: dict, corpora: Path) -> dict:
    """A row with ``text`` and ``doc`` turned into a span of the document: where the sentence ships as data.
    Annotators repaired a few mis-decoded characters, so a sentence not found verbatim is aligned fuzzily."""
    from rapidfuzz import fuzz

    document = document_text(corpora, row["doc"])
    sentence = " ".join(row["text"].split())
    start = document.find(sentence)
    if start >= 0:
        end = start + len(sentence)
    else:
        found = fuzz.partial_ratio_alignment(sentence, document, score_cutoff=90)
        if found is None:
            raise ValueError(f"{row['id']}: sentence not found in {row['doc']}")
        start, end = found.dest_start, found.dest_end
    kept = {k: v for k, v in row.items() if k not in {"text", "ref", "note"}}  # notes quote the text
    return {**kept, "start": start, "end": end, "sha1": _digest(document[start:end])}


def document_text(corpora: Path, doc: str) -> str:
    """ "reuters21578/reut2-000.sgm#26", "bbc_greene2006/politics/229.txt" or
    "htmldate_mediacloud2020/test_set/1485102321.html": the document's text, whitespace collapsed."""
    return _document_text(str(corpora), doc)


@cache
def _document_text(corpora: str, doc: str) -> str:
    path, _, story = doc.partition("#")
    full = Path(corpora) / path
    if not full.is_file():
        raise UsageError(f"{full} is missing", "pass --corpora ../shared/data/corpora")
    if story:
        text = _reuters_stories(str(full)).get(story, "")
    elif full.suffix == ".html":
        import trafilatura

        text = trafilatura.extract(full.read_bytes()) or ""  # trafilatura finds the page's own encoding
    else:
        text = _decoded(full.read_bytes())
    return " ".join(text.split())


@cache
def _reuters_stories(path: str) -> dict[str, str]:
    from newsgraph.errors import InputError
    from newsgraph.readers.sgml import iter_sgml

    stories = {}
    for raw in iter_sgml(path, Path(path).read_bytes()):
        if not isinstance(raw, InputError):
            stories[raw.source.rpartition("#")[2]] = raw.data.decode("utf-8")
    return stories


def _decoded(data: bytes) -> str:
    """UTF-8, else Latin-1: the decoding the spans were anchored on. ``page.decode`` guesses cp1252 for such
    files, which reads bytes 0x80-0x9F differently and would move every digest."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
