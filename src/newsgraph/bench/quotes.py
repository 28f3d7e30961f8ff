"""`newsgraph bench quotes --polnear DIR --split dev|test`: attribution spans against PolNeAR.

PolNeAR (brat standoff) annotates Source / Cue / Content spans, only the outermost attribution
and each token in at most one. Scoring:
- exact: equal offsets after stripping whitespace, quote marks and ``, . ; : ! ? - – — ( ) [ ] …``
  from both ends; a content in several pieces is one span (the tuple of its stripped pieces);
- soft: word-token Jaccard ≥ 0.5 with a gold span of the same label (one-to-one);
- attributions: source (or no source on both sides) + cue + content all matching.
Predictions are mapped to PolNeAR's conventions: a relay scores its outer source; statements with
no cue are left out. The stage's cost is reported as a share of spaCy's time on the same text.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.bench._scoring import prf

LABELS = ("source", "cue", "content")
STRIP = set(" \t\r\n\u00a0,.;:!?-–—()[]…\"'“”‘’«»„‚‹›‟")
WORD = re.compile(r"\w+")
SPLITS = ("train", "dev", "test")

Pieces = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Triple:
    source: Pieces | None
    cue: Pieces | None
    content: Pieces | None

    def get(self, label: str) -> Pieces | None:
        return getattr(self, label)


@dataclass
class Counts:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def scores(self) -> dict[str, float]:
        return prf(self.tp, self.predicted, self.gold)


@dataclass
class Tally:
    counts: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    errors: list[str] = field(default_factory=list)

    def scores(self) -> dict[str, dict[str, float]]:
        return {key: self.counts[key].scores() for key in sorted(self.counts)}


# --- reading PolNeAR ---------------------------------------------------------------------------


def normalise(text: str, pieces: list[tuple[int, int]]) -> Pieces | None:
    """Stripped pieces; pieces separated only by stripped characters join into one; a span that is
    only punctuation (a ":" cue) stays as it is."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(pieces):
        raw = (start, end)
        while start < end and text[start] in STRIP:
            start += 1
        while end > start and text[end - 1] in STRIP:
            end -= 1
        if end <= start:
            start, end = raw
            if not text[start:end].strip():
                continue
        if out and all(ch in STRIP for ch in text[out[-1][1] : start]):
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return tuple(out) or None


def parse_offsets(field_text: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (part.split() for part in field_text.split(";"))]


def read_ann(path: Path, text: str) -> list[Triple]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2 and " " in parts[1]:
            label, offsets = parts[1].split(" ", 1)
            spans[parts[0]] = (label, parse_offsets(offsets))
        elif parts[0].startswith("E") and len(parts) >= 2:
            relations.append(parts[1].split())
    triples = []
    for roles in relations:
        found: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for role in roles:
            name, _, ref = role.partition(":")
            label = re.sub(r"\d+$", "", name).lower()
            if label in LABELS and ref in spans:
                found[label].extend(spans[ref][1])
        triples.append(Triple(*(normalise(text, found[label]) if found.get(label) else None for label in LABELS)))
    return triples


def load_split(root: Path, split: str) -> list[tuple[str, str, list[Triple]]]:
    """(name, text, gold attributions) per article; the first annotator where several annotated one."""
    base = root / "data" / split if (root / "data").is_dir() else root / split
    articles, seen = [], set()
    for ann in sorted((base / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        text_path = base / "text" / f"{name}.txt"
        if name in seen or not text_path.exists():
            continue
        seen.add(name)
        text = text_path.read_text(encoding="utf-8")
        articles.append((name, text, read_ann(ann, text)))
    return articles


# --- predictions -------------------------------------------------------------------------------


def predicted_triples(record) -> list[Triple]:
    text, out = record.article.body, []
    for quote in record.quotes:
        if quote.cue is None:
            continue
        source_span = quote.via_spans[0] if quote.via_spans else quote.speaker
        source = normalise(text, [(source_span.start, source_span.end)]) if source_span else None
        cue = normalise(text, [(quote.cue.start, quote.cue.end)])
        content = normalise(text, [(s.start, s.end) for s in quote.content])
        out.append(Triple(source, cue, content))
    return out


# --- scoring -----------------------------------------------------------------------------------


def words(pieces: Pieces, text: str) -> set[int]:
    return {start + m.start() for start, end in pieces for m in WORD.finditer(text[start:end])}


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def match_count(pred: list[Pieces], gold: list[Pieces], text: str, soft: bool) -> int:
    if not soft:
        remaining = list(gold)
        hits = 0
        for p in pred:
            if p in remaining:
                remaining.remove(p)
                hits += 1
        return hits
    gold_words = [words(g, text) for g in gold]
    free = [True] * len(gold)
    hits = 0
    for p in pred:
        pw = words(p, text)
        best, best_j = None, 0.5
        for i, gw in enumerate(gold_words):
            if free[i] and not pw.isdisjoint(gw):
                j = jaccard(pw, gw)
                if j >= best_j:
                    best, best_j = i, j
        if best is not None:
            free[best] = False
            hits += 1
    return hits


def score_article(tally: Tally, text: str, gold: list[Triple], pred: list[Triple], name: str, keep_errors: bool):
    for label in LABELS:
        g = [t.get(label) for t in gold if t.get(label)]
        p = [t.get(label) for t in pred if t.get(label)]
        for mode, soft in (("exact", False), ("soft", True)):
            counts = tally.counts[f"{label}_{mode}"]
            counts.tp += match_count(p, g, text, soft)
            counts.predicted += len(p)
            counts.gold += len(g)
    whole = tally.counts["attribution_exact"]
    remaining = list(gold)
    for t in pred:
        if t in remaining:
            remaining.remove(t)
            whole.tp += 1
    whole.predicted += len(pred)
    whole.gold += len(gold)
    if keep_errors:
        _note_errors(tally, text, gold, pred, name)


def _show(text: str, pieces: Pieces | None) -> str:
    return " | ".join(text[s:e] for s, e in pieces) if pieces else "-"


def _note_errors(tally: Tally, text: str, gold: list[Triple], pred: list[Triple], name: str) -> None:
    gold_cues = {t.cue: t for t in gold}
    pred_cues = {t.cue: t for t in pred}
    for cue, t in gold_cues.items():
        p = pred_cues.get(cue)
        if p is None:
            tally.errors.append(
                f"MISS {name}: [{_show(text, t.source)}] <{_show(text, t.cue)}> {_show(text, t.content)}"
            )
        elif p != t:
            for label in LABELS:
                if p.get(label) != t.get(label):
                    tally.errors.append(
                        f"DIFF {label} {name}: <{_show(text, cue)}> gold={_show(text, t.get(label))!r} "
                        f"pred={_show(text, p.get(label))!r}"
                    )
    for cue, p in pred_cues.items():
        if cue not in gold_cues:
            tally.errors.append(
                f"EXTRA {name}: [{_show(text, p.source)}] <{_show(text, cue)}> {_show(text, p.content)}"
            )


# --- running -----------------------------------------------------------------------------------


def run_benchmark(root: Path, split: str, limit: int | None = None, keep_errors: bool = False) -> tuple[dict, Tally]:
    from newsgraph.config import Settings
    from newsgraph.records import Article, Record
    from newsgraph.stages.base import Item
    from newsgraph.stages.entities import EntitiesStage
    from newsgraph.stages.nlp import NlpStage
    from newsgraph.stages.quotes import QuotesStage

    articles = load_split(root, split)[:limit]
    items = []
    for name, text, _ in articles:
        article = Article(source=name, body=text, language="en")
        article.finalize_id()
        items.append(Item(record=Record(article=article)))
    stages = [NlpStage(Settings()), EntitiesStage(), QuotesStage()]
    seconds = {}
    for stage in stages:
        stage.setup()
        started = time.perf_counter()
        stage.process_batch(items)
        seconds[stage.name] = time.perf_counter() - started
    tally = Tally()
    for (name, text, gold), item in zip(articles, items, strict=True):
        score_article(tally, text, gold, predicted_triples(item.record), name, keep_errors)
    failures = sum(1 for item in items if item.record.failures)
    summary = {
        "split": split,
        "articles": len(items),
        "failures": failures,
        "scores": tally.scores(),
        "spacy_seconds": round(seconds["nlp"], 2),
        "quotes_seconds": round(seconds["quotes"], 3),
        "quotes_cost_pct_of_spacy": round(100 * seconds["quotes"] / seconds["nlp"], 2) if seconds["nlp"] else None,
    }
    return summary, tally


def bench_quotes(
    polnear: Annotated[Path, typer.Option("--polnear", help="PolNeAR folder (../shared/data/polnear).")],
    split: Annotated[str, typer.Option("--split", help="train, dev or test.")] = "dev",
    limit: Annotated[int | None, typer.Option("--limit", help="Score only the first N articles.")] = None,
    errors: Annotated[int, typer.Option("--errors", help="Print up to N errors (stderr; train/dev only).")] = 0,
    fmt: Annotated[str, typer.Option("--format", help="pretty or json.")] = "pretty",
) -> None:
    """Source, cue and content spans of attributions on PolNeAR: exact and soft P/R/F1, cost vs spaCy."""
    from newsgraph.cli._common import OutputFormat, emit_json, err_console
    from newsgraph.errors import UsageError

    if split not in SPLITS:
        raise UsageError(f"unknown split {split!r}", "choose train, dev or test")
    if not polnear.is_dir():
        raise UsageError(f"{polnear} is not a folder", "pass the PolNeAR folder that holds data/<split>/")
    if errors and split == "test":
        raise UsageError("--errors is for train/dev only", "never tune on test items")
    summary, tally = run_benchmark(polnear, split, limit, keep_errors=errors > 0)
    for line in tally.errors[:errors]:
        err_console.print(line, markup=False, highlight=False)
    if fmt == "json":
        emit_json(summary, OutputFormat.json)
        return
    print(f"PolNeAR {split}: {summary['articles']} articles, {summary['failures']} failed")
    print(f"{'':22s} {'P':>7s} {'R':>7s} {'F1':>7s}")
    for key, s in summary["scores"].items():
        print(f"{key:22s} {100 * s['p']:7.2f} {100 * s['r']:7.2f} {100 * s['f1']:7.2f}")
    print(
        f"spaCy {summary['spacy_seconds']:.2f}s, quotes {summary['quotes_seconds']:.3f}s "
        f"= {summary['quotes_cost_pct_of_spacy']}% of spaCy"
    )


def register(bench_app: typer.Typer) -> None:
    bench_app.command("quotes")(bench_quotes)
