"""`newsgraph bench entities --meantime DIR --split dev|test|all`: entity mentions against MEANTIME.

MEANTIME English (120 WikiNews articles, CC BY 4.0) annotates entity mentions (named, nominal,
pronoun) and links them to entities typed PER / ORG / LOC / PRO / FIN / MIX. Scored here:
- named mentions (NAM and PRE.NAM) of PER, ORG and LOC entities: exact span P/R/F1 (after
  dropping a leading "the" and a trailing "'s"), typed and untyped, and overlap ("lenient");
  newsgraph's PERSON/ORG/GPE+LOC+FAC map to PER/ORG/LOC, and NORP to LOC (MEANTIME types "Irish",
  "German" as LOC); a prediction inside a mention of an unscored entity type (PRO products such as
  "Airbus A380", FIN) is not counted;
- the same for spaCy's raw entities, to show what the stage adds;
- person name linking: pairwise P/R over gold PER name mentions found, same gold entity vs same
  newsgraph entity ("Jobs" with "Steve Jobs");
- he/she pronouns linked to a gold PER entity: precision and recall of the link, over the pronouns
  MEANTIME annotates (it leaves many out; a link from an unannotated pronoun is not scored).
MEANTIME annotates only the first sentences of each article (title, date and about five more):
predictions after the last annotated sentence are not scored.
Splits (MEANTIME has none): dev = corpus_airbus + corpus_apple, test = corpus_gm + corpus_stock.
The stage's cost is reported as a share of spaCy's time on the same text.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.bench._scoring import prf

SPLITS = {"dev": ("corpus_airbus", "corpus_apple"), "test": ("corpus_gm", "corpus_stock")}
SPLITS["all"] = SPLITS["dev"] + SPLITS["test"]
TYPE_MAP = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "LOC"}
GOLD_TYPES = ("PER", "ORG", "LOC")
PERSONAL_PRONOUNS = frozenset(["he", "him", "his", "himself", "she", "her", "hers", "herself"])
_NO_SPACE_BEFORE = frozenset(
    [",", ".", ";", ":", ")", "?", "!", "%", "''", "'s", "n't", "'re", "'ve", "'ll", "'d", "'m"]
)
_NO_SPACE_AFTER = frozenset(["(", "``", "$"])


@dataclass
class GoldMention:
    start: int
    end: int
    type: str
    entity: str
    kind: str  # NAM | PRO (a he/she pronoun) | OTHER (a mention of an unscored type)


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


# --- reading MEANTIME ----------------------------------------------------------------------------


def load_split(root: Path, split: str) -> list[tuple[str, str, list[GoldMention], int]]:
    base = root / "intra-doc_annotation" if (root / "intra-doc_annotation").is_dir() else root
    files = sorted(f for corpus in SPLITS[split] for f in (base / corpus).glob("*.xml"))
    return [read_document(f) for f in files]


def read_document(path: Path) -> tuple[str, str, list[GoldMention], int]:
    """Text rebuilt from the tokens (title, date, then the story), the gold mentions in it, and the
    end of the annotated part."""
    root = ET.parse(path).getroot()
    text, offsets = _rebuild_text(root)
    markables = root.find("Markables")
    annotated_end = _annotated_end(root, markables, offsets)
    entity_type = {m.get("m_id"): m.get("ent_type") for m in markables if m.tag == "ENTITY"}
    spans: dict[str, tuple[int, int, str]] = {}
    for m in markables:
        if m.tag == "ENTITY_MENTION":
            ids = [a.get("t_id") for a in m.findall("token_anchor") if a.get("t_id") in offsets]
            if ids:
                start = min(offsets[i][0] for i in ids)
                end = max(offsets[i][1] for i in ids)
                spans[m.get("m_id")] = (start, end, m.get("syntactic_type") or "")
    gold = []
    for link in root.iter("REFERS_TO"):
        target = link.find("target").get("m_id")
        kind_type = entity_type.get(target)
        for source in link.findall("source"):
            span = spans.get(source.get("m_id"))
            if span is None:
                continue
            start, end, syntactic = span
            if kind_type not in GOLD_TYPES:
                gold.append(GoldMention(start, end, kind_type or "", target, "OTHER"))
            elif syntactic in ("NAM", "PRE.NAM"):
                start, end = normalise(text, start, end)
                gold.append(GoldMention(start, end, kind_type, target, "NAM"))
            elif syntactic == "PRO" and text[start:end].lower() in PERSONAL_PRONOUNS and kind_type == "PER":
                gold.append(GoldMention(start, end, kind_type, target, "PRO"))
    return path.stem, text, gold, annotated_end


def _annotated_end(root, markables, offsets: dict[str, tuple[int, int]]) -> int:
    """End offset of the last sentence holding any markable (entity, event or time)."""
    sentence_of = {t.get("t_id"): t.get("sentence") for t in root.iter("token")}
    annotated = {sentence_of.get(a.get("t_id")) for m in markables for a in m.findall("token_anchor")}
    ends = [offsets[t][1] for t, sent in sentence_of.items() if sent in annotated and t in offsets]
    return max(ends, default=0)


def _rebuild_text(root) -> tuple[str, dict[str, tuple[int, int]]]:
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    length = 0
    previous_sentence, previous_token = None, None
    for token in root.iter("token"):
        word = token.text or ""
        sentence = token.get("sentence")
        if previous_sentence is not None and sentence != previous_sentence:
            sep = "\n\n" if previous_sentence in ("0", "1") else " "
        elif previous_token is None or word in _NO_SPACE_BEFORE or previous_token in _NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        length += len(sep)
        offsets[token.get("t_id")] = (length, length + len(word))
        parts.append(word)
        length += len(word)
        previous_sentence, previous_token = sentence, word
    return "".join(parts), offsets


def normalise(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the " and a trailing "'s": the two places where annotators and taggers differ."""
    if text[start:end].lower().startswith("the ") and end - start > 4:
        start += 4
    if text[start:end].endswith("'s") and end - start > 2:
        end -= 2
    while end > start and text[end - 1] == " ":
        end -= 1
    return start, end


# --- scoring -------------------------------------------------------------------------------------


def score_names(
    tally: Tally, prefix: str, text: str, gold: list[GoldMention], predicted, name: str, keep: bool
) -> None:
    """predicted: [(start, end, type)]; exact typed/untyped and lenient (overlap, typed)."""
    names = [g for g in gold if g.kind == "NAM"]
    gold_typed = {(g.start, g.end, g.type) for g in names}
    gold_spans = {(g.start, g.end) for g in names}
    other = [(g.start, g.end) for g in gold if g.kind == "OTHER"]
    pred = {(*normalise(text, s, e), t) for s, e, t in predicted}
    pred = {p for p in pred if (p[0], p[1]) in gold_spans or not any(a <= p[0] and p[1] <= b for a, b in other)}
    for key, gold_set, pred_set in [
        ("exact_typed", gold_typed, pred),
        ("exact_untyped", gold_spans, {(s, e) for s, e, _ in pred}),
    ]:
        c = tally.counts[f"{prefix}.{key}"]
        c.gold += len(gold_set)
        c.predicted += len(pred_set)
        c.tp += len(gold_set & pred_set)
    lenient = tally.counts[f"{prefix}.lenient_typed"]
    lenient.gold += len(gold_typed)
    lenient.predicted += len(pred)
    used: set[tuple[int, int, str]] = set()
    for s, e, t in sorted(pred):
        match = next((g for g in sorted(gold_typed) if g not in used and g[2] == t and g[0] < e and s < g[1]), None)
        if match is not None:
            used.add(match)
            lenient.tp += 1
        elif keep and prefix == "newsgraph":
            tally.errors.append(f"EXTRA {name}: {t} {text[s:e]!r}")
    if keep and prefix == "newsgraph":
        for g in sorted(gold_typed - used):
            tally.errors.append(f"MISSED {name}: {g[2]} {text[g[0] : g[1]]!r}")


def score_people(tally: Tally, text: str, gold: list[GoldMention], record) -> None:
    """Person name linking (pairwise) and he/she pronoun links."""
    gold_names = [g for g in gold if g.kind == "NAM" and g.type == "PER"]
    pairs: list[tuple[str, str]] = []  # (gold entity, newsgraph entity) for each gold name found
    name_owner: dict[str, Counter] = defaultdict(Counter)
    for entity in record.entities:
        if entity.type != "PERSON":
            continue
        for m in entity.mentions:
            if m.kind not in ("name", "surname"):
                continue
            s, e = normalise(text, m.span.start, m.span.end)
            hit = next((g for g in gold_names if g.start < e and s < g.end), None)
            if hit is not None:
                pairs.append((hit.entity, entity.id))
                name_owner[entity.id][hit.entity] += 1
    c = tally.counts["person_name_linking.pairwise"]
    for i, (g1, p1) in enumerate(pairs):
        for g2, p2 in pairs[i + 1 :]:
            c.tp += g1 == g2 and p1 == p2
            c.gold += g1 == g2
            c.predicted += p1 == p2
    pronouns = tally.counts["pronoun_links.he_she"]
    gold_pronouns = {(g.start, g.end): g.entity for g in gold if g.kind == "PRO"}
    pronouns.gold += sum(1 for ent in gold_pronouns.values() if any(g.entity == ent for g in gold_names))
    for entity in record.entities:
        owner = name_owner[entity.id].most_common(1)[0][0] if name_owner[entity.id] else None
        for m in entity.mentions:
            if m.kind == "pronoun" and (m.span.start, m.span.end) in gold_pronouns:
                pronouns.predicted += 1
                pronouns.tp += owner is not None and gold_pronouns.get((m.span.start, m.span.end)) == owner


# --- running -------------------------------------------------------------------------------------


def run_benchmark(root: Path, split: str, limit: int | None = None, keep_errors: bool = False) -> tuple[dict, Tally]:
    from newsgraph.config import Settings
    from newsgraph.records import Article, Record
    from newsgraph.stages.base import Item
    from newsgraph.stages.entities import EntitiesStage
    from newsgraph.stages.nlp import NlpStage

    documents = load_split(root, split)[:limit]
    items = []
    for name, text, _, _ in documents:
        article = Article(source=name, body=text, language="en")
        article.finalize_id()
        items.append(Item(record=Record(article=article)))
    seconds = {}
    for stage in (NlpStage(Settings()), EntitiesStage()):
        stage.setup()
        started = time.perf_counter()
        stage.process_batch(items)
        seconds[stage.name] = time.perf_counter() - started
    tally = Tally()
    for (name, text, gold, end), item in zip(documents, items, strict=True):
        ours = [
            (m.span.start, m.span.end, TYPE_MAP[e.type])
            for e in item.record.entities
            if e.type in TYPE_MAP
            for m in e.mentions
            if m.kind in ("name", "surname") and m.span.start < end
        ]
        raw = [
            (x.start_char, x.end_char, TYPE_MAP[x.label_])
            for x in item.doc.ents
            if x.label_ in TYPE_MAP and x.start_char < end
        ]
        score_names(tally, "newsgraph", text, gold, ours, name, keep_errors)
        score_names(tally, "spacy_raw", text, gold, raw, name, False)
        score_people(tally, text, gold, item.record)
    summary = {
        "split": split,
        "articles": len(items),
        "failures": sum(1 for item in items if item.record.failures),
        "scores": {key: tally.counts[key].scores() for key in sorted(tally.counts)},
        "support": {key: tally.counts[key].gold for key in sorted(tally.counts)},
        "spacy_seconds": round(seconds["nlp"], 2),
        "entities_seconds": round(seconds["entities"], 3),
        "entities_cost_pct_of_spacy": round(100 * seconds["entities"] / seconds["nlp"], 2) if seconds["nlp"] else None,
    }
    return summary, tally


def bench_entities(
    meantime: Annotated[
        Path, typer.Option("--meantime", help="MEANTIME English folder (../shared/data/corpora/meantime_…).")
    ],
    split: Annotated[str, typer.Option("--split", help="dev, test or all.")] = "dev",
    limit: Annotated[int | None, typer.Option("--limit", help="Score only the first N articles.")] = None,
    errors: Annotated[int, typer.Option("--errors", help="Print up to N errors (stderr; dev only).")] = 0,
    fmt: Annotated[str, typer.Option("--format", help="pretty or json.")] = "pretty",
) -> None:
    """Named mentions, person name linking and pronoun links on MEANTIME; cost vs spaCy."""
    from newsgraph.cli._common import OutputFormat, emit_json, err_console
    from newsgraph.errors import UsageError

    if split not in SPLITS:
        raise UsageError(f"unknown split {split!r}", "choose dev, test or all")
    if not meantime.is_dir():
        raise UsageError(f"{meantime} is not a folder", "pass the MEANTIME English folder")
    if errors and split != "dev":
        raise UsageError("--errors is for dev only", "never tune on test items")
    summary, tally = run_benchmark(meantime, split, limit, keep_errors=errors > 0)
    for line in tally.errors[:errors]:
        err_console.print(line, markup=False, highlight=False)
    if fmt == "json":
        emit_json(summary, OutputFormat.json)
        return
    print(f"MEANTIME {split}: {summary['articles']} articles, {summary['failures']} failed")
    print(f"{'':36s} {'P':>7s} {'R':>7s} {'F1':>7s} {'gold':>6s}")
    for key, s in summary["scores"].items():
        print(f"{key:36s} {100 * s['p']:7.2f} {100 * s['r']:7.2f} {100 * s['f1']:7.2f} {summary['support'][key]:6d}")
    print(
        f"spaCy {summary['spacy_seconds']:.2f}s, entities {summary['entities_seconds']:.3f}s "
        f"= {summary['entities_cost_pct_of_spacy']}% of spaCy"
    )


def register(bench_app: typer.Typer) -> None:
    bench_app.command("entities")(bench_entities)
