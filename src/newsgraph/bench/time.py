"""`newsgraph bench time`: time expressions against TempEval-3 (TimeML), scored as TempEval-3 ranks.

Extent: strict (same characters) and relaxed (any overlap) precision/recall/F1. Value and type
accuracy are over relaxed matches; value F1 = relaxed F1 × value accuracy. Each document's
<TEXT> is stripped of tags, parsed by spaCy once, and our finder runs with the DCT (t0) as anchor.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.bench._scoring import f1
from newsgraph.temporal.finder import Timex, find_times
from newsgraph.temporal.timeml import GoldTimex, TimeMLDoc, read_timeml

SPLITS = {
    "test": ("Evaluation/te3-platinum",),
    "train": ("Training/TBAQ-cleaned/TimeBank", "Training/TBAQ-cleaned/AQUAINT"),
}


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0  # gold expressions overlapped by a system one
    relaxed_system: int = 0  # system expressions overlapping a gold one
    value_ok: int = 0
    type_ok: int = 0
    errors: list[dict] = field(default_factory=list)

    def add(self, doc: TimeMLDoc, found: list[Timex]) -> None:
        self.gold += len(doc.timexes)
        self.system += len(found)
        gold_spans = {(g.start, g.end) for g in doc.timexes}
        self.strict += sum(1 for t in found if (t.start, t.end) in gold_spans)
        self.relaxed_system += sum(1 for t in found if any(_overlap(g, t) for g in doc.timexes))
        for gold in doc.timexes:
            match = next((t for t in found if _overlap(gold, t)), None)
            if match is None:
                self.errors.append({"doc": doc.name, "kind": "missed", "gold": gold.text, "value": gold.value})
                continue
            self.relaxed_gold += 1
            self.type_ok += match.type == gold.type
            if match.value == gold.value:
                self.value_ok += 1
            else:
                self.errors.append(
                    {"doc": doc.name, "kind": "value", "gold": gold.text, "value": gold.value, "dct": doc.dct,
                     "found": match.text, "ours": match.value, "tense": match.tense, "rule": match.rule}
                )  # fmt: skip
        for t in found:
            if not any(_overlap(g, t) for g in doc.timexes):
                self.errors.append({"doc": doc.name, "kind": "spurious", "found": t.text, "ours": t.value})

    def scores(self) -> dict[str, float]:
        strict_p, strict_r = _ratio(self.strict, self.system), _ratio(self.strict, self.gold)
        relaxed_p, relaxed_r = _ratio(self.relaxed_system, self.system), _ratio(self.relaxed_gold, self.gold)
        relaxed_f1 = f1(relaxed_p, relaxed_r)
        value_accuracy = _ratio(self.value_ok, self.relaxed_gold)
        return {
            "gold_timexes": self.gold,
            "system_timexes": self.system,
            "strict_precision": strict_p,
            "strict_recall": strict_r,
            "strict_f1": f1(strict_p, strict_r),
            "relaxed_precision": relaxed_p,
            "relaxed_recall": relaxed_r,
            "relaxed_f1": relaxed_f1,
            "value_accuracy": value_accuracy,
            "value_f1": relaxed_f1 * value_accuracy,
            "type_accuracy": _ratio(self.type_ok, self.relaxed_gold),
            "type_f1": relaxed_f1 * _ratio(self.type_ok, self.relaxed_gold),
        }


def _overlap(gold: GoldTimex, found: Timex) -> bool:
    return found.start < gold.end and gold.start < found.end


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def parse_dct(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value[:19])
    except ValueError:
        return None


def load_split(root: Path, split: str) -> list[TimeMLDoc]:
    paths = sorted(p for folder in SPLITS[split] for p in (root / folder).glob("*.tml"))
    return [read_timeml(p) for p in paths]


def evaluate(docs: list[TimeMLDoc], parsed: Iterable) -> Tally:
    """Score the finder on ``docs``; ``parsed`` yields a spaCy Doc of each document's text, in order."""
    tally = Tally()
    for doc, spacy_doc in zip(docs, parsed, strict=True):
        tally.add(doc, find_times(doc.text, parse_dct(doc.dct), spacy_doc, "dct"))
    return tally


def run_benchmark(root: Path, split: str = "test", model: str | None = None) -> tuple[dict[str, float], Tally]:
    from newsgraph.config import Settings
    from newsgraph.stages.nlp import load_spacy

    nlp = load_spacy(model or Settings().spacy_model)
    docs = load_split(root, split)
    started = time.perf_counter()
    parsed = list(nlp.pipe([d.text for d in docs], batch_size=8))
    spacy_seconds = time.perf_counter() - started
    started = time.perf_counter()
    tally = evaluate(docs, parsed)
    scores = tally.scores()
    scores |= {"documents": len(docs), "spacy_seconds": spacy_seconds, "finder_seconds": time.perf_counter() - started}
    return scores, tally


def bench_time(
    tempeval3: Annotated[Path, typer.Option("--tempeval3", help="TempEval-3 folder (../shared/data/tempeval3).")],
    split: Annotated[str, typer.Option("--split", help="test (TE3 platinum) or train (TBAQ-cleaned).")] = "test",
    errors: Annotated[int, typer.Option("--errors", help="Print up to N misses and wrong values (stderr).")] = 0,
    fmt: Annotated[str, typer.Option("--format", help="pretty or json.")] = "pretty",
) -> None:
    """Time expression extent, type and value on TempEval-3 (DCT as anchor)."""
    from newsgraph.cli._common import OutputFormat, emit_json, err_console
    from newsgraph.errors import UsageError

    if split not in SPLITS:
        raise UsageError(f"unknown split {split!r}", "choose test or train")
    if not tempeval3.is_dir():
        raise UsageError(f"{tempeval3} is not a folder", "pass the TempEval-3 folder with Evaluation/ and Training/")
    scores, tally = run_benchmark(tempeval3, split)
    for error in tally.errors[:errors]:
        err_console.print(error, markup=False)
    if fmt == "json":
        emit_json(scores, OutputFormat.json)
        return
    for key, value in scores.items():
        shown = f"{100 * value:.2f}" if isinstance(value, float) and "seconds" not in key else f"{value:.2f}"
        print(f"{key:24s} {shown if isinstance(value, float) else value}")


def register(bench_app: typer.Typer) -> None:
    bench_app.command("time")(bench_time)
