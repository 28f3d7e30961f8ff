"""Resolve the source of each attribution to an Entity, an unnamed source, or the previous speaker.

Order: an entity mention at the source (works with any coreference the entities stage adds),
then a relative pronoun's antecedent, a personal pronoun or "the minister" to the last fitting
speaker or person, and finally a common-noun source kept as unnamed ("analysts").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from newsgraph.quotes import lexicon as lx
from newsgraph.records import Entity, EntityType

SPEAKER_TYPES = (EntityType.PERSON, EntityType.ORG, EntityType.NORP, EntityType.GPE)


@dataclass(slots=True)
class Speaker:
    entity: Entity | None = None
    name: str | None = None
    unnamed: bool = False


class MentionIndex:
    """Entity mentions by character offset."""

    def __init__(self, entities: list[Entity]):
        spans = [(m.span.start, m.span.end, e) for e in entities for m in e.mentions if e.type in SPEAKER_TYPES]
        self.spans = sorted(spans, key=lambda s: s[0])
        self.starts = [s[0] for s in self.spans]
        self.persons = [e for e in entities if e.type == EntityType.PERSON]

    def within(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        i = max(bisect_right(self.starts, start) - 1, 0)
        out = []
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] > start:
                out.append(self.spans[i])
            i += 1
        return out

    def last_person_before(self, offset: int, word: str | None = None, text: str = "") -> Entity | None:
        i = bisect_right(self.starts, offset) - 1
        for _ in range(200):
            if i < 0:
                return None
            start, _, entity = self.spans[i]
            if (
                entity.type == EntityType.PERSON
                and start < offset
                and (
                    word is None
                    or word in text[max(0, start - 60) : start].lower()
                    or word in (entity.role or "").lower()
                )
            ):
                return entity
            i -= 1
        return None

    def full_person(self, entity: Entity) -> Entity:
        """A surname-only or mistyped entity joined to the full-name person ("Lavrov" → Sergey Lavrov)."""
        last = entity.name.split()[-1].lower() if entity.name else ""
        if entity.type == EntityType.PERSON and len(entity.name.split()) > 1:
            return entity
        candidates = [p for p in self.persons if p.name.split()[-1].lower() == last and p is not entity]
        if candidates:
            return max(candidates, key=lambda p: len(p.name))
        return entity


def _has_role(entity: Entity, word: str | None, text: str, start: int) -> bool:
    """No role asked, or the role word in the entity's role or just before the mention."""
    return word is None or word in text[max(0, start - 60) : start].lower() or word in (entity.role or "").lower()


class SpeakerResolver:
    def __init__(self, doc, entities: list[Entity]):
        self.doc = doc
        self.text = doc.text
        self.mentions = MentionIndex(entities)
        self.last_person: Entity | None = None
        self.last_plural: Speaker | None = None

    def resolve(self, head_index: int | None, span: tuple[int, int] | None, previous: Speaker | None) -> Speaker:
        if head_index is None:
            return previous or Speaker()
        head = self.doc[head_index]
        lower = head.lower_
        if lower in lx.RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            return self.resolve(head.head.head.i, None, previous)
        entity = self._entity_at(head, span)
        if entity is not None:
            return self._found(entity)
        if lower in lx.PERSON_PRONOUNS or lower in ("i",):
            if previous and previous.entity is not None and previous.entity.type == EntityType.PERSON:
                return previous
            person = self.mentions.last_person_before(head.idx)
            return self._found(person) if person else Speaker()
        if lower in lx.PLURAL_PRONOUNS:
            return Speaker()
        if head.lemma_.lower() in lx.NOMINAL_SPEAKERS and any(c.lower_ in ("the", "this") for c in head.children):
            person = self.mentions.last_person_before(head.idx, head.lemma_.lower(), self.text)
            if person is not None:
                return self._found(person)
        if head.pos_ == "NOUN":
            return Speaker(name=self._unnamed_name(head), unnamed=True)
        return Speaker()

    def _entity_at(self, head, span: tuple[int, int] | None) -> Entity | None:
        at_head = self.mentions.within(head.idx, head.idx + len(head.text))
        pool = at_head or (self.mentions.within(*span) if span else [])
        if not pool:
            return None
        persons = [m for m in pool if m[2].type == EntityType.PERSON]
        chosen = (persons or pool)[-1][2]
        return self.mentions.full_person(chosen)

    def _found(self, entity: Entity) -> Speaker:
        return Speaker(entity=entity, name=entity.name)

    def _unnamed_name(self, head) -> str:
        words = [t for t in head.subtree if t.i <= head.i and t.i >= head.left_edge.i]
        while words and words[0].lower_ in lx.QUANTIFIERS:
            words = words[1:]
        return " ".join(t.text for t in words) or head.text
