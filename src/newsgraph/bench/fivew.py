"""`newsgraph bench 5w1h --gold DIR --split dev|test|all`: the main event's who/what/when/where.

Gold: Giveme5W1H's annotated articles (``gold_standard/data`` and ``data_damaged``). An answer is
correct when its word-token Jaccard with a phrase chosen by at least two coders is ≥ 0.5;
precision per question counts only articles whose gold has such a phrase for that question.
The article is read as headline = title, body = text (the description when the text is empty).
Fixed split: articles in file-name order, even positions ``dev`` (tuned on), odd ``test``; ``dev-a``/``dev-b``
are dev's own even/odd halves.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated

import typer

QUESTIONS = ("who", "what", "when", "where", "why", "how")
SCORED = ("who", "what", "when", "where")
WORD = re.compile(r"\w+")


def jaccard(a: str, b: str) -> float:
    x, y = set(WORD.findall(a.lower())), set(WORD.findall(b.lower()))
    return len(x & y) / len(x | y) if x | y else 0.0


def load_gold(root: Path) -> list[dict]:
    base = root / "data" if (root / "data").is_dir() else root
    paths = sorted(base.glob("*.json")) + sorted((base.parent / "data_damaged").glob("*.json"))
    articles = []
    for path in sorted(paths, key=lambda p: p.name):
        doc = json.loads(path.read_text(encoding="utf-8"))
        articles.append(doc)
    return articles


def gold_phrases(doc: dict, question: str) -> list[str]:
    entry = (doc.get("fiveWoneH") or {}).get(question) or {}
    texts = [a["text"] for a in entry.get("annotated", []) if a.get("text") and a.get("coderPhraseCount", 0) >= 2]
    return [_unescape(t) for t in texts]


ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def _unescape(text: str) -> str:
    """Some gold phrases keep JSON escapes as literal text ("slams \\u2018rigged\\u2019 FBI"); read them as characters."""
    return ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text).replace('\\"', '"')


def score(root: Path, split: str, errors: list[str] | None = None, skip: tuple[str, ...] = ()) -> dict:
    from newsgraph.bench.events import run_texts, select

    articles = select(load_gold(root), split)
    inputs = [
        {
            "id": d.get("dId") or d.get("filename"),
            "text": (d.get("text") or d.get("description") or d.get("title") or "").strip(),
            "headline": d.get("title"),
            "date": (d.get("date_publish") or "")[:10] or None,
        }
        for d in articles
    ]
    items, seconds = run_texts(inputs, skip)
    per_question = {}
    for q in QUESTIONS:
        answered = right = with_gold = 0
        for doc, item in zip(articles, items, strict=True):
            gold = gold_phrases(doc, q)
            if not gold:
                continue
            with_gold += 1
            answer = getattr(item.record.main_event, q, None) if item.record.main_event else None
            if answer is None:
                continue
            answered += 1
            ok = max(jaccard(answer.text, g) for g in gold) >= 0.5
            right += ok
            if errors is not None and not ok and q in SCORED:
                errors.append(f"{q} {doc.get('dId', '')[:8]}: pred={answer.text!r} gold={gold}")
        per_question[q] = {
            "precision": round(right / answered, 4) if answered else None,
            "answered": answered,
            "with_gold": with_gold,
        }
    nlp = seconds.get("nlp", 0.0)
    return {
        "split": split,
        "articles": len(items),
        "failures": sum(1 for it in items if it.record.failures),
        "questions": per_question,
        "spacy_seconds": round(nlp, 2),
        "events_seconds": round(seconds.get("events", 0.0), 3),
        "events_cost_pct_of_spacy": round(100 * seconds.get("events", 0.0) / nlp, 2) if nlp else None,
    }


def bench_5w1h(
    gold: Annotated[Path, typer.Option("--gold", help="Giveme5W1H gold_standard folder (../shared/data/5w1h).")],
    split: Annotated[
        str, typer.Option("--split", help="dev (even articles), test (odd), all, or dev-a/dev-b (dev's halves).")
    ] = "dev",
    errors: Annotated[int, typer.Option("--errors", help="Print up to N wrong answers (stderr; dev only).")] = 0,
    fmt: Annotated[str, typer.Option("--format", help="pretty or json.")] = "pretty",
    skip: Annotated[
        list[str] | None, typer.Option("--skip", help="Leave out an upstream stage (quotes, time, places, entities).")
    ] = None,
) -> None:
    """Precision of the main event's who/what/when/where against the Giveme5W1H gold standard."""
    from newsgraph.cli._common import OutputFormat, emit_json, err_console
    from newsgraph.errors import UsageError

    if split not in {"dev", "dev-a", "dev-b", "test", "all"}:
        raise UsageError(f"unknown split {split!r}", "choose dev, dev-a, dev-b, test or all")
    if not gold.is_dir():
        raise UsageError(f"{gold} is not a folder", "pass ../shared/data/5w1h/gold_standard")
    if errors and not split.startswith("dev"):
        raise UsageError("--errors is for the dev split only", "never tune on held-out items")
    misses: list[str] | None = [] if errors else None
    summary = score(gold, split, misses, tuple(skip or ()))
    summary["skipped_stages"] = sorted(skip or [])
    for line in (misses or [])[:errors]:
        err_console.print(line, markup=False, highlight=False)
    if fmt == "json":
        emit_json(summary, OutputFormat.json)
        return
    skipped = f" (without {', '.join(summary['skipped_stages'])})" if summary["skipped_stages"] else ""
    print(f"5W1H {split}{skipped}: {summary['articles']} articles, {summary['failures']} failed")
    for q, s in summary["questions"].items():
        print(f"  {q:6s} precision {s['precision']}  (answered {s['answered']} of {s['with_gold']} with gold)")
    print(
        f"  spaCy {summary['spacy_seconds']}s, events {summary['events_seconds']}s = {summary['events_cost_pct_of_spacy']}%"
    )


def register(bench_app: typer.Typer) -> None:
    bench_app.command("5w1h")(bench_5w1h)
