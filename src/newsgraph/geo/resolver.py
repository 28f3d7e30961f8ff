"""Rank gazetteer candidates for the toponyms of one article, using the article as context.

Every toponym gets a prior (what kind of place, how many people live there, main name or alias);
the article then votes: countries and first-level divisions that other toponyms and the dateline
point to, "City, State" / "City, Country" patterns, and "one sense per discourse" (the same name
resolves the same way throughout an article).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsgraph.geo.candidate import Candidate, Match
from newsgraph.geo.context import Context, Spread, context_score, focus, guess
from newsgraph.geo.gazetteer import Gazetteers, default_gazetteers
from newsgraph.geo.names import fold, variants, word_set

_COMPASS = word_set(
    "north south east west northern southern eastern western central northeast northwest southeast southwest "
    "north-east north-west south-east south-west upper lower"
)
MAX_WORDS = 8  # longer "toponyms" are tagger noise; sub-spans are still tried
KIND_PRIOR = {"country": 9.0, "continent": 9.0, "region": 8.0, "feature": 7.5, "admin1": 7.5, "site": 2.5}
ALIAS_PENALTY = 1.5
ALIAS_PENALTY_BESIDE_MAIN = 1.45  # raising it lost on dev; below 1.5 it breaks exact ties towards the larger place
CITY_SLOPE = 1.0
GUESS_CONFIDENCE = 0.2
ADMIN1_BASE = 0.5  # a province below its same-named capital city: "Antalya" is the city
PATTERN_BONUS = 6.0
_STATE_AFTER = re.compile(r"^\s+(state|State|STATE)\b")
_STATE_BEFORE = re.compile(r"\b(state|State) of\s+$")
_CONTAINER = re.compile(r"^\s*,\s*((?:[A-Z][\w.'’-]*\.?)(?:\s+[A-Z][\w.'’-]*\.?){0,3})")


# Words that name kinds of places or directions, never a place on their own inside a longer name.
GENERIC_WORDS = word_set(
    """
    street avenue road lane drive boulevard square church chapel cathedral college university school academy
    hospital tower centre center club court courts district mall park national south north east west western
    eastern northern southern central upper lower new old great little city county state province region
    republic union federal united kingdom island islands river lake mount mountain valley beach bay port
    harbour harbor airport station bridge hall house palace castle museum stadium arena hotel inn market
    village town estate office building tower plaza gate point rock hill hills green field fields forest
    garden gardens metro the of and saint st supreme high middle elementary international
    """
)


def _well_known(match: Match) -> bool:
    cand = match.candidate
    return cand.kind in ("country", "continent", "region", "feature", "admin1") or cand.population >= 50_000


@dataclass(frozen=True, slots=True)
class Toponym:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Resolution:
    toponym: Toponym
    candidate: Candidate | None
    confidence: float = 0.0
    alternatives: list[Candidate] = field(default_factory=list)


def prior(match: Match) -> float:
    cand = match.candidate
    score = KIND_PRIOR.get(cand.kind)
    if score is None:  # cities, second-level divisions: by population
        score = CITY_SLOPE * math.log10(cand.population + 1)
        if cand.kind == "admin2":
            score -= 0.5 if cand.country == "USA" else 1.5
        if cand.feature == "P.PPLC":
            score += 1.0
    elif cand.kind == "admin1" and cand.country != "USA" and cand.population:
        score = ADMIN1_BASE + 0.8 * math.log10(cand.population + 1)
    return score - (ALIAS_PENALTY if match.alias else 0.0)


def _priors(matches: Sequence[Match]) -> list[float]:
    has_main = any(not m.alias for m in matches)
    extra = ALIAS_PENALTY_BESIDE_MAIN - ALIAS_PENALTY if has_main else 0.0
    return [prior(m) - (extra if m.alias else 0.0) for m in matches]


class Resolver:
    def __init__(self, gazetteers: Gazetteers | None = None, guess_unknown: bool = True):
        self.gaz = gazetteers or default_gazetteers()
        self.guess_unknown = guess_unknown
        self._cache: dict[str, tuple[Match, ...]] = {}

    def candidates(self, text: str) -> tuple[Match, ...]:
        """Matches for a toponym as written; falls back to its longest known sub-span."""
        key = fold(text)
        if key in self._cache:
            return self._cache[key]
        found = self._lookup(text)
        if not any(m.candidate.kind in ("country", "admin1") for m in found):
            found = self._region_of_country(text) or found
        if not found:
            found = self._sub_span(text)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[key] = found
        return found

    def is_capital_or_country(self, text: str) -> bool:
        """Whether ``text`` is the main name of a country or a national capital (for mislabelled entities)."""
        if not text[:1].isupper():
            return False
        return any(
            not m.alias and (m.candidate.kind == "country" or m.candidate.feature == "P.PPLC")
            for m in self.gaz.packaged.lookup(fold(text))
        )

    def is_container(self, text: str) -> bool:
        """Whether ``text`` names a country or a first-level division ("La.", "Texas", "Ontario")."""
        return any(m.candidate.kind in ("country", "admin1") for m in self._lookup(text))

    def main_name_population(self, text: str) -> int:
        """Population of the largest place whose main name is ``text`` (countries and states count as large)."""
        best = 0
        for m in self.gaz.packaged.lookup(fold(text)):
            if not m.alias:
                size = 10**7 if m.candidate.kind in ("country", "admin1") else m.candidate.population
                best = max(best, size or 1)
        return best

    def _lookup(self, text: str) -> tuple[Match, ...]:
        seen: dict[object, Match] = {}
        for key in variants(text):
            for match in self.gaz.lookup(key):
                ident = match.candidate.geonames_id or match.candidate  # id-less entries: the whole entry
                if ident not in seen or (seen[ident].alias and not match.alias):
                    seen[ident] = match
        return tuple(seen.values())

    def _region_of_country(self, text: str) -> tuple[Match, ...]:
        """ "South Lebanon", "northern Mali": a part of a country, not a town named after it (South Lebanon,
        Ohio); names that are countries or states themselves ("South Africa", "West Virginia") never get here."""
        compass, _, rest = text.partition(" ")
        if fold(compass) not in _COMPASS or not rest:
            return ()
        return tuple(
            Match(m.candidate, True) for m in self._lookup(rest) if m.candidate.kind == "country" and not m.alias
        )

    def _sub_span(self, text: str) -> tuple[Match, ...]:
        """ "University of California" → California, "Dubai World Cup" → Dubai: the longest part that
        names a well-known place (never a generic word such as "South" or "Street")."""
        words = text.split()
        if len(words) < 2:
            return ()
        words = words[:MAX_WORDS]
        for size in range(len(words) - 1, 0, -1):
            for start in range(len(words) - size + 1):
                part = " ".join(words[start : start + size])
                if len(part) < 3 or not part[0].isupper() or all(w in GENERIC_WORDS for w in fold(part).split()):
                    continue
                found = tuple(Match(m.candidate, True) for m in self._lookup(part) if not m.alias and _well_known(m))
                if found:
                    return found
        return ()

    def resolve(
        self,
        body: str,
        toponyms: Sequence[Toponym],
        dateline: str | None = None,
        actor_countries: Sequence[str] = (),
    ) -> list[Resolution]:
        groups: dict[str, list[Toponym]] = defaultdict(list)
        for top in toponyms:
            groups[fold(top.text)].append(top)
        options = {key: self.candidates(tops[0].text) for key, tops in groups.items()}
        forced = {key: self._patterns(body, tops, options[key]) for key, tops in groups.items()}
        context = self._first_context(groups, options, dateline, actor_countries)
        spread = Spread(options)
        chosen: dict[str, tuple[Candidate | None, float, list[Candidate]]] = {}
        for _ in range(2):  # rank, rebuild the context from the choices, rank again
            for key in groups:
                chosen[key] = self._rank(key, options[key], forced[key], context, spread)
            context = self._context_from(chosen, groups, dateline, actor_countries)
        main_place = focus(chosen, groups, context)
        out = []
        for key, tops in groups.items():
            cand, confidence, alternatives = chosen[key]
            if cand is None and main_place is not None and self.guess_unknown and tops[0].text[:1].isupper():
                cand, confidence = guess(tops[0].text, main_place), GUESS_CONFIDENCE
            out.extend(Resolution(top, cand, confidence, alternatives) for top in tops)
        out.sort(key=lambda r: r.toponym.start)
        return out

    # -- context -----------------------------------------------------------------------------

    def _first_context(self, groups, options, dateline, actor_countries) -> Context:
        context = Context()
        self._add_dateline(context, dateline)
        for code in actor_countries:
            context.countries[code] += 0.5
        for key, matches in options.items():
            if not matches:
                continue
            ranked = sorted(zip(_priors(matches), matches, strict=True), key=lambda pm: -pm[0])
            top = ranked[0][1]
            margin = ranked[0][0] - (ranked[1][0] if len(ranked) > 1 else 0.0)
            if margin >= 1.0:  # only names that are not really ambiguous vote at first
                context.vote(key, top.candidate, len(groups[key]) ** 0.5)
        return context

    def _context_from(self, chosen, groups, dateline, actor_countries) -> Context:
        context = Context()
        self._add_dateline(context, dateline)
        for code in actor_countries:
            context.countries[code] += 0.5
        for key, (cand, confidence, _) in chosen.items():
            if cand is not None:
                context.vote(key, cand, len(groups[key]) ** 0.5 * max(confidence, 0.3))
        return context

    def _add_dateline(self, context: Context, dateline: str | None) -> None:
        if not dateline:
            return
        head = re.split(r"[(—–-]", dateline)[0].strip()
        parts = [p.strip() for p in head.split(",") if p.strip()]
        for part in reversed(parts[:3]):
            matches = self.candidates(part)
            if matches:
                best = max(matches, key=prior).candidate
                if best.country:
                    context.dateline_country = best.country
                    context._add(best, 2.0)
                return

    # -- patterns ----------------------------------------------------------------------------

    def _patterns(self, body: str, tops: list[Toponym], matches: tuple[Match, ...]) -> dict[int, float]:
        """Bonuses by candidate position from "X, Y" containers and "Washington state"."""
        bonus: dict[int, float] = {}
        if not matches:
            return bonus
        for top in tops:
            after = body[top.end : top.end + 60]
            m = _CONTAINER.match(after)
            if m:
                self._container_bonus(m.group(1), matches, bonus)
            before = body[max(0, top.start - 12) : top.start]
            if _STATE_AFTER.match(after) or _STATE_BEFORE.search(before):
                for i, match in enumerate(matches):
                    if match.candidate.kind == "admin1":
                        bonus[i] = bonus.get(i, 0.0) + PATTERN_BONUS
        return bonus

    def _container_bonus(self, container: str, matches: tuple[Match, ...], bonus: dict[int, float]) -> None:
        words = container.split()
        for size in range(len(words), 0, -1):
            outer = self._lookup(" ".join(words[:size]))
            outer = tuple(m for m in outer if m.candidate.kind in ("country", "admin1", "admin2"))
            if not outer:
                continue
            for i, match in enumerate(matches):
                cand = match.candidate
                if any(_inside(cand, o.candidate) for o in outer):
                    bonus[i] = max(bonus.get(i, 0.0), PATTERN_BONUS)
            return

    # -- ranking -----------------------------------------------------------------------------

    def _rank(self, key, matches, forced, context: Context, spread: Spread):
        if not matches:
            return None, 0.0, []
        scored = []
        priors = _priors(matches)
        for i, match in enumerate(matches):
            cand = match.candidate
            score = priors[i] + forced.get(i, 0.0) + context_score(key, cand, context) + spread.score(key, cand)
            if fold(cand.name) == "washington" and cand.feature == "P.PPLC" and cand.country == "USA":
                score += 2.0  # news "Washington" is the capital unless written "Washington state"
            scored.append((score, i, cand))
        scored.sort(key=lambda s: (-s[0], s[1]))
        best_score, _, best = scored[0]
        second = scored[1][0] if len(scored) > 1 else best_score - 5.0
        confidence = 1.0 / (1.0 + math.exp(-(best_score - second)))
        return best, round(confidence, 3), [c for _, _, c in scored[1:4]]


def _inside(inner: Candidate, outer: Candidate) -> bool:
    if outer.kind == "country":
        return inner.country == outer.country and inner.kind != "country"
    if outer.kind == "admin1":
        return inner.country == outer.country and inner.admin1 == outer.admin1 and inner.kind in ("city", "admin2")
    if outer.kind == "admin2":
        return inner.country == outer.country and inner.admin2 == outer.admin2 and inner.kind == "city"
    return False
