"""`newsgraph bench events --petr2 FILE --plover FILE --split dev|test|all`: event coding.

PETR-2 GSR (78 sentences): each event with a source and a target gives triples (source country,
target country, CAMEO root), comparing the first three letters of actor codes ("---" when the
country is unknown); an event with several actors and no target gives both directions. Scores:
triple P/R/F1, root accuracy on sentences with one gold event (the most confident prediction), and
no-event accuracy (sentences whose gold has no event and that get no triple).
PLOVER GSR (322 sentences, v0.5 labels mapped to v0.8: DEMAND→REQUEST, DISAPPROVE and
INVESTIGATE→ACCUSE, FIGHT→ASSAULT): type accuracy of the most confident event (none = wrong).
Fixed split: items at even positions of each file are ``dev`` (tuned on), odd ones ``test``.
The events stage's cost is reported as a share of spaCy's time on the same text.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.bench._scoring import prf

SPLITS = ("dev", "dev-a", "dev-b", "test", "all")
PLOVER_V08 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
AFTER_NLP = ("nlp", "entities", "quotes", "time", "places", "events")


def in_split(index: int, split: str) -> bool:
    return split == "all" or (index % 2 == 0) == (split == "dev")


def select(rows: list, split: str) -> list:
    """The rows of a split; ``dev-a``/``dev-b`` are dev's own even/odd halves (a rule kept only when
    both agree is less likely fitted to single items)."""
    half = {"dev-a": 0, "dev-b": 1}.get(split)
    chosen = [r for i, r in enumerate(rows) if in_split(i, "dev" if half is not None else split)]
    return chosen if half is None else chosen[half::2]


def run_texts(docs: list[dict], skip: tuple[str, ...] = ()) -> tuple[list, dict[str, float]]:
    """Run the pipeline from spaCy on ``{id, text, date, headline}`` dicts; items and seconds per stage.
    ``skip`` leaves out upstream stages (the events stage works without any of them)."""
    from newsgraph.config import Settings
    from newsgraph.pipeline import make_stage
    from newsgraph.records import Article, Record
    from newsgraph.stages.base import Item

    settings = Settings()
    items = []
    for doc in docs:
        published = _parse_date(doc.get("date"))
        article = Article(
            source=doc["id"], body=doc["text"], language="en", published=published, headline=doc.get("headline")
        )
        article.finalize_id()
        items.append(Item(record=Record(article=article)))
    seconds: dict[str, float] = {}
    for name in AFTER_NLP:
        if name in skip and name not in {"nlp", "events"}:
            continue
        stage = make_stage(name, settings)
        stage.setup()
        started = time.perf_counter()
        stage.process_batch(items)
        seconds[name] = time.perf_counter() - started
    return items, seconds


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    for fmt in ("%Y%m%d", "%Y-%m-%d", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    return None


def _cost(seconds: dict[str, float]) -> dict[str, float | None]:
    nlp = seconds.get("nlp", 0.0)
    return {
        "spacy_seconds": round(nlp, 2),
        "events_seconds": round(seconds.get("events", 0.0), 3),
        "events_cost_pct_of_spacy": round(100 * seconds.get("events", 0.0) / nlp, 2) if nlp else None,
    }


# --- PETR-2 ------------------------------------------------------------------------------------


def event_triples(events) -> list[tuple[str, str, str]]:
    from newsgraph.events.actors import participant_code

    triples = []
    for event in events:
        if event.negated or event.historical or event.hypothetical or not event.cameo:
            continue
        root = event.cameo[:2]
        actors = [participant_code(p)[:3] for p in event.actors]
        recipients = [participant_code(p)[:3] for p in event.recipients]
        if recipients:
            triples += [(a, r, root) for a in actors for r in recipients]
        elif event.joint:  # "met", "clashed": each party towards each other one (two Zimbabwean parties too)
            triples += [(a, b, root) for i, a in enumerate(actors) for j, b in enumerate(actors) if i != j]
    return triples


def score_petr2(path: Path, split: str, errors: list[str] | None = None) -> dict:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return score_triples(select(rows, split), errors)


def score_blind(path: Path, corpora: Path, split: str, errors: list[str] | None = None) -> dict:
    """The blind set (see ``newsgraph.bench.blind``); each row carries its own dev/test split."""
    from newsgraph.bench.blind import load_blind

    rows = load_blind(path, corpora)
    if split != "all":
        rows = [r for r in rows if r["split"] == ("test" if split == "test" else "dev")]
        rows = rows if split in {"dev", "test"} else rows[{"dev-a": 0, "dev-b": 1}[split] :: 2]
    return score_triples(rows, errors)


def score_triples(rows: list[dict], errors: list[str] | None = None) -> dict:
    items, seconds = run_texts([{"id": r["id"], "text": r["text"], "date": r.get("date")} for r in rows])
    tp = predicted = gold_total = 0
    one_event = one_event_right = no_event = no_event_right = 0
    for row, item in zip(rows, items, strict=True):
        gold = Counter({(e["source"][:3], e["target"][:3], e["event"][:2]) for e in row["expected_events"]})
        pred = Counter(set(event_triples(item.record.events)))
        hits = sum((gold & pred).values())
        tp, predicted, gold_total = tp + hits, predicted + sum(pred.values()), gold_total + sum(gold.values())
        if len(row["expected_events"]) == 1:
            one_event += 1
            best = _best(item.record.events)
            one_event_right += bool(best and best.cameo and best.cameo[:2] == row["expected_events"][0]["event"][:2])
        if row.get("expect_no_events"):
            no_event += 1
            no_event_right += not pred
        if errors is not None and gold != pred:
            errors.append(f"{row['id']}: gold={sorted(gold)} pred={sorted(pred)} | {row['text'][:160]}")
    return {
        "sentences": len(rows),
        "triples": prf(tp, predicted, gold_total),
        "root_accuracy_one_event": round(one_event_right / one_event, 4) if one_event else None,
        "one_event_sentences": one_event,
        "no_event_accuracy": round(no_event_right / no_event, 4) if no_event else None,
        "no_event_sentences": no_event,
        **_cost(seconds),
    }


def _best(events):
    kept = [e for e in events if not (e.negated or e.historical)] or [e for e in events if not e.negated]
    return max(kept, key=lambda e: e.confidence) if kept else None


# --- PLOVER GSR --------------------------------------------------------------------------------


def score_plover(path: Path, split: str, errors: list[str] | None = None) -> dict:
    rows = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") not in {None, "DOCUMENT"}]
    rows = select([r for r in rows if r.get("text")], split)
    items, seconds = run_texts([{"id": r["id"], "text": r["text"].strip(), "date": r.get("date")} for r in rows])
    right = answered = source_right = target_right = 0
    confusion: Counter = Counter()
    for row, item in zip(rows, items, strict=True):
        gold = PLOVER_V08.get(row["event"], row["event"])
        best = _best(item.record.events)
        answered += best is not None
        right += bool(best and best.type == gold)
        source_right += _same_countries(row.get("source"), best.actors if best else [])
        target_right += _same_countries(row.get("target"), best.recipients if best else [])
        confusion[(gold, best.type if best else "-")] += 1
        if errors is not None and not (best and best.type == gold):
            errors.append(f"{row['id']}: gold={gold} pred={best.type if best else '-'} | {row['text'][:160]}")
    return {
        "sentences": len(rows),
        "type_accuracy": round(right / len(rows), 4) if rows else None,
        "answered": answered,
        "accuracy_when_answered": round(right / answered, 4) if answered else None,
        "source_accuracy": round(source_right / len(rows), 4) if rows else None,
        "target_accuracy": round(target_right / len(rows), 4) if rows else None,
        "top_confusions": [f"{g}->{p}: {n}" for (g, p), n in confusion.most_common() if g != p][:12],
        **_cost(seconds),
    }


def _same_countries(gold, participants) -> bool:
    """The gold actors' codes (first three letters) share one with ours; no gold actor and none of ours
    also agree. The gold's ``target`` is sometimes a bare string (no actor)."""
    from newsgraph.events.actors import participant_code

    codes = {a.get("code", "")[:3] for a in gold if isinstance(a, dict)} if isinstance(gold, list) else set()
    ours = {participant_code(p)[:3] for p in participants}
    return bool(codes & ours) or not (codes or ours)


# --- command -----------------------------------------------------------------------------------


def bench_events(
    petr2: Annotated[
        Path | None, typer.Option("--petr2", help="petr2_gsr_validation_gold.jsonl (../shared/data/events).")
    ] = None,
    plover: Annotated[
        Path | None, typer.Option("--plover", help="PLOVER_GSR_CAMEO.json (../shared/data/events/plover).")
    ] = None,
    split: Annotated[
        str, typer.Option("--split", help="dev (even items), test (odd items), all, or dev-a/dev-b (dev's halves).")
    ] = "dev",
    blind: Annotated[
        Path | None,
        typer.Option("--blind", help="The blind set of real news sentences (tests/data/events/blind-leads.jsonl)."),
    ] = None,
    corpora: Annotated[
        Path, typer.Option("--corpora", help="Where the blind set's documents are (../shared/data/corpora).")
    ] = Path("../shared/data/corpora"),
    errors: Annotated[int, typer.Option("--errors", help="Print up to N misses (stderr; dev only).")] = 0,
    fmt: Annotated[str, typer.Option("--format", help="pretty or json.")] = "pretty",
) -> None:
    """PLOVER/CAMEO event coding on the PETR-2 and PLOVER gold standard records and the blind set; cost vs spaCy."""
    from newsgraph.cli._common import OutputFormat, emit_json, err_console
    from newsgraph.errors import UsageError

    if split not in SPLITS:
        raise UsageError(f"unknown split {split!r}", "choose dev, dev-a, dev-b, test or all")
    if petr2 is None and plover is None and blind is None:
        raise UsageError("nothing to score", "pass --petr2 FILE, --plover FILE and/or --blind FILE")
    if errors and not split.startswith("dev"):
        raise UsageError("--errors is for the dev split only", "never tune on held-out items")
    for path in (petr2, plover, blind):
        if path is not None and not path.is_file():
            raise UsageError(f"{path} is not a file", "pass the gold file from ../shared/data/events")
    if blind is not None and not corpora.is_dir():
        raise UsageError(f"{corpora} is not a folder", "pass --corpora ../shared/data/corpora")
    misses: list[str] | None = [] if errors else None
    summary: dict = {"split": split}
    if petr2 is not None:
        summary["petr2"] = score_petr2(petr2, split, misses)
    if plover is not None:
        summary["plover"] = score_plover(plover, split, misses)
    if blind is not None:
        summary["blind"] = score_blind(blind, corpora, split, misses)
    for line in (misses or [])[:errors]:
        err_console.print(line, markup=False, highlight=False)
    if fmt == "json":
        emit_json(summary, OutputFormat.json)
        return
    for key, name in (("petr2", "PETR-2 GSR"), ("blind", "Blind set")):
        if key in summary:
            _print_triples(name, split, summary[key])
    if "plover" in summary:
        s = summary["plover"]
        print(f"PLOVER GSR {split}: {s['sentences']} sentences, type accuracy {s['type_accuracy']}")
        print(f"  answered {s['answered']}, accuracy when answered {s['accuracy_when_answered']}")
        print(f"  actor country agreement: source {s['source_accuracy']}, target {s['target_accuracy']}")
        print(f"  top confusions: {', '.join(s['top_confusions'])}")
        print(f"  spaCy {s['spacy_seconds']}s, events {s['events_seconds']}s = {s['events_cost_pct_of_spacy']}%")


def _print_triples(name: str, split: str, s: dict) -> None:
    t = s["triples"]
    print(f"{name} {split}: {s['sentences']} sentences")
    print(f"  triples P {100 * t['p']:.1f}  R {100 * t['r']:.1f}  F1 {100 * t['f1']:.1f}")
    print(f"  root accuracy (one-event sentences, n={s['one_event_sentences']}): {s['root_accuracy_one_event']}")
    print(f"  no-event accuracy (n={s['no_event_sentences']}): {s['no_event_accuracy']}")
    print(f"  spaCy {s['spacy_seconds']}s, events {s['events_seconds']}s = {s['events_cost_pct_of_spacy']}%")


def register(bench_app: typer.Typer) -> None:
    bench_app.command("events")(bench_events)
