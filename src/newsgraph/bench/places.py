"""`newsgraph bench places`: toponym resolution on GeoWebNews and LGL.

Two modes. Gold toponyms: the resolver gets the annotated spans and is scored on country
accuracy and accuracy within 161 km (100 miles). End to end: our own toponym detection (spaCy
GPE/LOC/FAC) scored by precision/recall against the gold spans, then resolution on the matches.
Articles are split by position: even = dev (tuning), odd = test (report).
"""

from __future__ import annotations

import math
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.bench._scoring import f1
from newsgraph.cli._common import OutputFormat, emit_json

KM_THRESHOLD = 161.0
# GeoWebNews types whose toponyms carry gold coordinates (the others are demonyms, languages, homonyms).
GWN_DETECTION_TYPES = {
    "Literal", "Mixed", "Literal_Modifier", "Non_Literal_Modifier", "Metonymic", "Embedded_Non_Lit",
    "Embedded_Literal", "Coercion",
}  # fmt: skip


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def split_articles(articles: list, split: str) -> list:
    if split == "all":
        return articles
    parity = 0 if split == "dev" else 1
    return [a for i, a in enumerate(articles) if i % 2 == parity]


@dataclass
class Tally:
    n: int = 0
    country: int = 0
    km161: int = 0
    by_type: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    guessed: list = field(default_factory=lambda: [0, 0, 0])  # unknown names placed at the article's main place
    misses: list = field(default_factory=list)

    def add(self, kind: str, country_ok: bool, km_ok: bool) -> None:
        self.n += 1
        self.country += country_ok
        self.km161 += km_ok
        row = self.by_type[kind]
        row[0] += 1
        row[1] += country_ok
        row[2] += km_ok

    def summary(self) -> dict:
        rate = lambda x: round(x / self.n, 4) if self.n else None  # noqa: E731
        return {
            "toponyms": self.n,
            "country_accuracy": rate(self.country),
            "within_161km": rate(self.km161),
            "guessed": {"n": self.guessed[0], "country_ok": self.guessed[1], "within_161km_ok": self.guessed[2]},
            "by_type": {
                k: {"n": v[0], "country_accuracy": round(v[1] / v[0], 4), "within_161km": round(v[2] / v[0], 4)}
                for k, v in sorted(self.by_type.items(), key=lambda kv: -kv[1][0])
            },
        }


def _type_of(gold, corpus: str) -> str:
    if corpus == "gwn":
        return gold.type
    code = gold.type.split(".")[-1] if gold.type else ""
    return {"PCLI": "country", "PCLS": "country", "ADM1": "admin1", "ADM2": "admin2"}.get(code) or (
        "city" if gold.type.startswith("P.") else "other"
    )


def score_gold_mode(articles, corpus: str, resolver) -> Tally:
    """Resolve the gold spans and compare with the gold points and countries."""
    from newsgraph.geo.countries import countries_at
    from newsgraph.geo.resolver import Toponym

    rows = []
    for art in articles:
        golds = [g for g in art.toponyms if g.latitude is not None]
        context = golds if corpus == "gwn" else [g for g in art.toponyms]
        tops = [Toponym(g.start, g.end, g.text) for g in context]
        by_span = {(r.toponym.start, r.toponym.end): r for r in resolver.resolve(art.text, tops)}
        for gold in golds:
            rows.append((art, gold, by_span[(gold.start, gold.end)].candidate))
    return _tally(rows, corpus, countries_at)


def _tally(rows, corpus, countries_at) -> Tally:
    need = [(g.latitude, g.longitude) for _, g, _ in rows if g.country is None]
    need += [(c.latitude, c.longitude) for _, _, c in rows if c is not None and c.country is None and c.has_point]
    looked = iter(countries_at(need))
    gold_country = [g.country or next(looked) for _, g, _ in rows if True]
    tally = Tally()
    for (art, gold, cand), gc in zip(rows, gold_country, strict=True):
        pc = None
        if cand is not None:
            pc = cand.country if cand.country is not None else (next(looked) if cand.has_point else None)
        km_ok = (
            cand is not None
            and cand.has_point
            and (haversine_km(gold.latitude, gold.longitude, cand.latitude, cand.longitude) <= KM_THRESHOLD)
        )
        country_ok = pc is not None and pc == gc
        tally.add(_type_of(gold, corpus), country_ok, km_ok)
        if cand is not None and cand.kind == "guess":
            tally.guessed = [tally.guessed[0] + 1, tally.guessed[1] + country_ok, tally.guessed[2] + km_ok]
        if not km_ok or not country_ok:
            tally.misses.append((art.id, gold.text, gold.type, gc, gold.latitude, gold.longitude, cand))
    return tally


def _miss_line(corpus, doc, text, kind, country, lat, lon, cand) -> str:
    gold = f"{corpus}\t{doc}\t{text}\t{kind}\t{country}\t{lat:.2f},{lon:.2f}"
    if cand is None:
        return gold + "\tNONE"
    km = haversine_km(lat, lon, cand.latitude, cand.longitude) if cand.has_point else -1
    return gold + f"\t{cand.name}|{cand.country}|{cand.feature}|{cand.admin1}|{cand.kind}|{cand.population}|{km:.0f}km"


def _load(corpus: str, path: Path):
    from newsgraph.geo.corpora import read_geowebnews, read_lgl

    return read_geowebnews(path) if corpus == "gwn" else read_lgl(path)


def _detection_gold(art, corpus: str) -> list:
    if corpus == "gwn":
        return [g for g in art.toponyms if g.type in GWN_DETECTION_TYPES]
    return list(art.toponyms)


def score_end_to_end(articles, corpus: str, resolver) -> dict:
    """Detect toponyms with spaCy, resolve them, and score detection and resolution."""
    from newsgraph.config import Settings
    from newsgraph.geo.mentions import doc_toponyms
    from newsgraph.geo.metonymy import is_metonymic
    from newsgraph.stages.nlp import load_spacy

    nlp = load_spacy(Settings().spacy_model)
    tp = fp = fn = overlap_tp = resolved_ok = meto_tp = meto_fp = meto_fn = 0
    spacy_seconds = places_seconds = 0.0
    docs = nlp.pipe([a.text for a in articles], batch_size=16)
    for art in articles:
        started = time.perf_counter()
        doc = next(docs)
        spacy_seconds += time.perf_counter() - started
        started = time.perf_counter()
        found = doc_toponyms(doc, resolver)
        res = resolver.resolve(art.text, [t for t, _ in found])
        metonymic = [is_metonymic(span, r.candidate) for r, (_, span) in zip(res, found, strict=True)]
        places_seconds += time.perf_counter() - started
        predicted = {(r.toponym.start, r.toponym.end): (r, meto) for r, meto in zip(res, metonymic, strict=True)}
        gold = {(g.start, g.end): g for g in _detection_gold(art, corpus)}
        tp_keys = predicted.keys() & gold.keys()
        tp += len(tp_keys)
        fp += len(predicted.keys() - gold.keys())
        fn += len(gold.keys() - predicted.keys())
        overlap_tp += sum(1 for s, e in gold if any(ps < e and s < pe for ps, pe in predicted))
        for key in tp_keys:
            g, (r, _) = gold[key], predicted[key]
            c = r.candidate
            if g.latitude is not None and c is not None and c.has_point:
                resolved_ok += haversine_km(g.latitude, g.longitude, c.latitude, c.longitude) <= KM_THRESHOLD
        if corpus == "gwn":
            for key, (_, meto) in predicted.items():
                gold_meto = key in gold and gold[key].type == "Metonymic"
                meto_tp += meto and gold_meto
                meto_fp += meto and not gold_meto
            meto_fn += sum(
                1 for k, g in gold.items() if g.type == "Metonymic" and not (k in predicted and k in tp_keys)
            )
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    out = {
        "exact_precision": round(p, 4),
        "exact_recall": round(r, 4),
        "exact_f1": round(f1(p, r), 4),
        "overlap_recall": round(overlap_tp / (tp + fn), 4) if tp + fn else 0.0,
        "matched_within_161km": round(resolved_ok / tp, 4) if tp else 0.0,
        "gold": tp + fn,
        "predicted": tp + fp,
        "spacy_seconds": round(spacy_seconds, 2),
        "places_seconds": round(places_seconds, 2),
        "places_share_of_spacy": round(places_seconds / spacy_seconds, 4) if spacy_seconds else None,
    }
    if corpus == "gwn":
        out["metonymy_precision"] = round(meto_tp / (meto_tp + meto_fp), 4) if meto_tp + meto_fp else 0.0
        gold_meto = meto_tp + meto_fn
        out["metonymy_recall_of_gold_metonymic"] = round(meto_tp / gold_meto, 4) if gold_meto else 0.0
    return out


def run_benchmark(
    gwn: Path | None,
    lgl: Path | None,
    split: str = "all",
    end_to_end: bool = False,
    limit: int | None = None,
    show_misses: int = 0,
    geonames: Path | None = None,
    guess: bool = True,
) -> dict:
    import psutil

    from newsgraph.geo.gazetteer import Gazetteers
    from newsgraph.geo.resolver import Resolver

    started, rss = time.perf_counter(), psutil.Process().memory_info().rss
    resolver = Resolver(Gazetteers(geonames_path=geonames, use_geonames=geonames is not None), guess_unknown=guess)
    results: dict = {"split": split, "gazetteer": "geonames-duckdb" if geonames else "packaged", "guess": guess}
    results["gazetteer_load_seconds"] = round(time.perf_counter() - started, 2)
    results["gazetteer_rss_mb"] = round((psutil.Process().memory_info().rss - rss) / 2**20)
    for corpus, path in (("gwn", gwn), ("lgl", lgl)):
        if path is None:
            continue
        articles = _load(corpus, path)
        splits = ("dev", "test") if split == "all" else (split,)
        for name in splits:
            chosen = split_articles(articles, name)[:limit]
            tally = score_gold_mode(chosen, corpus, resolver)
            results[f"{corpus}_{name}"] = tally.summary()
            for miss in tally.misses[:show_misses]:
                print(_miss_line(corpus, *miss), file=sys.stderr)
            if end_to_end:
                results[f"{corpus}_{name}"]["end_to_end"] = score_end_to_end(chosen, corpus, resolver)
    results["seconds"] = round(time.perf_counter() - started, 1)
    return results


def places(
    gwn: Annotated[Path | None, typer.Option("--gwn", help="GeoWebNews folder (with GWN.xml).")] = None,
    lgl: Annotated[Path | None, typer.Option("--lgl", help="LGL XML (corpora_from_gritta/lgl.xml).")] = None,
    split: Annotated[str, typer.Option(help="dev (even articles), test (odd) or all (both, reported apart).")] = "all",
    end_to_end: Annotated[bool, typer.Option("--end-to-end/--gold-only", help="Also run spaCy detection.")] = True,
    limit: Annotated[int | None, typer.Option(help="At most this many articles per split.")] = None,
    show_misses: Annotated[int, typer.Option(help="Print this many misses per split on stderr.")] = 0,
    geonames: Annotated[Path | None, typer.Option(help="Also use this GeoNames DuckDB gazetteer.")] = None,
    guess: Annotated[
        bool, typer.Option("--guess/--no-guess", help="Place unknown names at the article's main place.")
    ] = True,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="pretty or json.")] = OutputFormat.pretty,
) -> None:
    """Toponym resolution: country accuracy and accuracy within 161 km, plus end-to-end P/R."""
    if gwn is None and lgl is None:
        raise typer.BadParameter("give --gwn and/or --lgl")
    for option, path in (("--gwn", gwn), ("--lgl", lgl), ("--geonames", geonames)):
        if path is not None and not path.exists():
            raise typer.BadParameter(f"{path} does not exist", param_hint=option)
    if split not in ("dev", "test", "all"):
        raise typer.BadParameter("--split is dev, test or all")
    results = run_benchmark(gwn, lgl, split, end_to_end, limit, show_misses, geonames, guess)
    if fmt != OutputFormat.pretty:
        emit_json(results, fmt)
        return
    for key, value in results.items():
        if not isinstance(value, dict):
            print(f"{key}: {value}")
            continue
        g = value["guessed"]
        print(
            f"{key}: n={value['toponyms']} country={value['country_accuracy']} 161km={value['within_161km']} "
            f"(guessed at the main place: {g['n']}, country ok {g['country_ok']}, 161 km ok {g['within_161km_ok']})"
        )
        for kind, row in value["by_type"].items():
            print(f"    {kind:22} n={row['n']:5} country={row['country_accuracy']:.3f} 161km={row['within_161km']:.3f}")
        if "end_to_end" in value:
            print("    end to end: " + ", ".join(f"{k}={v}" for k, v in value["end_to_end"].items()))


def register(app: typer.Typer) -> None:
    app.command("places")(places)
