"""Article context for ranking places: which countries and divisions the article's other names,
its dateline and its actors point to, where all its names could lie at once, and its main place."""

from __future__ import annotations

from collections import defaultdict

from newsgraph.geo.candidate import Candidate, Match

CONTEXT_COUNTRY = 4.0
CONTEXT_ADMIN1 = 3.5
DATELINE_COUNTRY = 1.5
SPREAD_ADMIN1 = 1.0
FOCUS_RANK = {"country": 0, "admin1": 1, "admin2": 2, "city": 3}


class Context:
    """Votes for countries and first-level divisions, kept per name so a name never votes for itself."""

    def __init__(self) -> None:
        self.countries: dict[str, float] = defaultdict(float)
        self.admin1: dict[tuple[str, str], float] = defaultdict(float)
        self.own: dict[str, tuple[Candidate, float]] = {}
        self.dateline_country: str | None = None

    def vote(self, key: str, cand: Candidate, weight: float) -> None:
        self.own[key] = (cand, weight)
        self._add(cand, weight)

    def _add(self, cand: Candidate, weight: float) -> None:
        if cand.country:
            self.countries[cand.country] += weight
        if cand.admin1 and cand.kind in ("city", "admin1", "admin2"):
            self.admin1[(cand.country or "", cand.admin1)] += weight

    def shares(self, key: str, cand: Candidate) -> tuple[float, float]:
        """Share of the other names' votes going to ``cand``'s country and to its division."""
        own_cand, own_weight = self.own.get(key, (None, 0.0))
        total = sum(self.countries.values()) + 1.0
        country = self.countries.get(cand.country, 0.0) if cand.country else 0.0
        admin1 = self.admin1.get((cand.country or "", cand.admin1), 0.0) if cand.admin1 else 0.0
        if own_cand is not None:
            total -= own_weight if own_cand.country else 0.0
            if own_cand.country and own_cand.country == cand.country:
                country -= own_weight
            if own_cand.admin1 and own_cand.admin1 == cand.admin1 and own_cand.country == cand.country:
                admin1 -= own_weight
        return max(country, 0.0) / max(total, 1.0), min(max(admin1, 0.0), 2.0) / 2.0


class Spread:
    """Where the article's names could all be at once: every name spreads one vote over the
    divisions its candidates lie in (a town found in 30 states gives each a thirtieth). Helps
    local news that never names its state."""

    def __init__(self, options: dict[str, tuple[Match, ...]]):
        self.total: dict[tuple[str, str], float] = defaultdict(float)
        self.own: dict[str, dict[tuple[str, str], float]] = {}
        for key, matches in options.items():
            places = {(m.candidate.country or "", m.candidate.admin1) for m in matches if _local(m.candidate)}
            share = {place: 1.0 / len(places) for place in places}
            self.own[key] = share
            for place, weight in share.items():
                self.total[place] += weight

    def score(self, key: str, cand: Candidate) -> float:
        if not _local(cand):
            return 0.0
        place = (cand.country or "", cand.admin1)
        others = self.total.get(place, 0.0) - self.own.get(key, {}).get(place, 0.0)
        return SPREAD_ADMIN1 * min(1.0, others)


def _local(cand: Candidate) -> bool:
    return bool(cand.admin1) and cand.kind in ("city", "admin2", "admin1")


def focus(chosen, groups, context: Context) -> Candidate | None:
    """The article's main place: the most specific place resolved in its most-voted country."""
    if not context.countries:
        return None
    country = max(context.countries.items(), key=lambda kv: kv[1])[0]
    best, best_key = None, None
    for key, (cand, confidence, _) in chosen.items():
        if cand is None or cand.country != country or not cand.has_point or cand.kind not in FOCUS_RANK:
            continue
        rank = (FOCUS_RANK[cand.kind], len(groups[key]) * max(confidence, 0.3))
        if best_key is None or rank > best_key:
            best, best_key = cand, rank
    return best


def guess(text: str, focus: Candidate) -> Candidate:
    """An unknown name (a street, a building) placed at the article's main place, marked as a guess."""
    return Candidate(None, text, focus.country, focus.latitude, focus.longitude, "", 0, focus.admin1, None, "guess")


def context_score(key: str, cand: Candidate, context: Context) -> float:
    country_share, admin1_share = context.shares(key, cand)
    score = CONTEXT_COUNTRY * country_share
    if cand.kind in ("city", "admin2"):
        score += CONTEXT_ADMIN1 * admin1_share
    if context.dateline_country and cand.country == context.dateline_country:
        score += DATELINE_COUNTRY
    return score
