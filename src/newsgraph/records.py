"""The record model: one typed record per article, every fact pointing at its evidence.

Everything newsgraph finds is written into a :class:`Record`. Offsets are Python ``str``
indices into ``Article.body`` (the clean story text); :meth:`Article.span` builds a
:class:`Span` from them, checks that it slices to the given text and, when the body was cut
out of a larger input (a scraped plain-text page), also records where it sits in that input.

The records hold data only; the stages compute them. ``SCHEMA_VERSION`` changes whenever a
field is renamed or its meaning changes; `newsgraph schema` prints the JSON Schema.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class Model(BaseModel):
    """Base of every record: unknown fields are errors, assignment is validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Span(Model):
    """Evidence: ``body[start:end] == text``; ``source_start/end`` locate it in the raw input."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    source_start: int | None = None
    source_end: int | None = None


class Segment(Model):
    """A stretch of the body copied verbatim from the raw input: body[body_start:+length]."""

    body_start: int
    source_start: int
    length: int


class Caption(Model):
    """A photo caption kept out of the body, with its credit ("Xinhua")."""

    text: str
    credit: str | None = None
    source_start: int | None = None
    source_end: int | None = None


class Status(StrEnum):
    OK = "ok"
    NO_ARTICLE = "no_article"  # the page holds no story (homepage, 404, list of links)
    SKIPPED = "skipped"  # read, but the English stages did not run (language, size)
    UNREADABLE = "unreadable"  # bytes that are not a document


class Article(Model):
    """The story and its metadata, as read off the page."""

    id: str = ""
    source: str
    url: str | None = None
    input_format: Literal["html", "text", "jsonl", "warc", "sgml"] = "text"
    headline: str | None = None
    authors: list[str] = []
    outlet: str | None = None
    section: str | None = None
    dateline: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    language: str | None = None
    language_confidence: float | None = None
    body: str = ""
    paragraphs: list[Span] = []
    captions: list[Caption] = []
    credit_lines: list[str] = []
    removed: list[str] = Field(default=[], description="lines of site chrome cut from a text page")
    segments: list[Segment] = Field(default=[], description="body-to-input offset map (text input)")

    def finalize_id(self) -> str:
        """Set and return the id: a hash of the normalised body, so wire copies that differ only in
        whitespace or Unicode form share it."""
        self.id = article_id(self.body)
        return self.id

    @property
    def reference_date(self) -> tuple[datetime | None, str | None]:
        """The date relative expressions resolve against, and which field it came from."""
        if self.updated:
            return self.updated, "updated"
        if self.published:
            return self.published, "published"
        return None, None

    def span(self, start: int, end: int, text: str | None = None) -> Span:
        """Evidence for ``body[start:end]``; raises ValueError when ``text`` does not match."""
        if not 0 <= start <= end <= len(self.body):
            raise ValueError(f"span {start}:{end} outside body of length {len(self.body)}")
        actual = self.body[start:end]
        if text is not None and text != actual:
            raise ValueError(f"span {start}:{end} is {actual!r}, not {text!r}")
        source_start, source_end = self.to_source(start), self.to_source(end, at_end=True)
        return Span(start=start, end=end, text=actual, source_start=source_start, source_end=source_end)

    def caption_span(self, index: int, start: int, end: int) -> Span:
        """Evidence inside photo caption ``index`` (captions are kept out of the body)."""
        caption = self.captions[index]
        if not 0 <= start <= end <= len(caption.text):
            raise ValueError(f"span {start}:{end} outside caption {index} of length {len(caption.text)}")
        base = caption.source_start
        return Span(
            start=start,
            end=end,
            text=caption.text[start:end],
            source_start=None if base is None else base + start,
            source_end=None if base is None else base + end,
        )

    def to_source(self, offset: int, at_end: bool = False) -> int | None:
        """Map a body offset to the raw input, or None where the body has no map."""
        for seg in self.segments:
            lo, hi = seg.body_start, seg.body_start + seg.length
            if lo <= offset < hi or (at_end and lo < offset <= hi):
                return seg.source_start + offset - lo
        return None


def normalise_body(body: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", body)).strip().lower()


def article_id(body: str) -> str:
    return hashlib.sha256(normalise_body(body).encode()).hexdigest()[:16]


class EntityType(StrEnum):
    PERSON = "PERSON"
    ORG = "ORG"
    GPE = "GPE"  # countries, cities, states
    LOC = "LOC"  # non-political places: regions, rivers, mountains
    FAC = "FAC"  # buildings, airports, roads
    NORP = "NORP"  # nationalities, religious or political groups


class Sector(StrEnum):
    """Actor sectors in the CAMEO/PLOVER sense."""

    GOV = "GOV"  # government, ministers, heads of state, spokespeople
    MIL = "MIL"  # armed forces
    COP = "COP"  # police
    JUD = "JUD"  # courts, judges, prosecutors
    LEG = "LEG"  # legislators
    BUS = "BUS"  # business
    MED = "MED"  # media, news agencies
    NGO = "NGO"  # non-governmental organisations
    IGO = "IGO"  # inter-governmental organisations
    CVL = "CVL"  # civilians
    EDU = "EDU"  # academics, analysts, think tanks
    REB = "REB"  # rebels, insurgents
    OPP = "OPP"  # political opposition
    REL = "REL"  # religious
    HLH = "HLH"  # health


class Mention(Model):
    span: Span
    type: EntityType
    role: str | None = Field(default=None, description='role title as written: "Russian Foreign Minister"')
    role_span: Span | None = None
    kind: Literal["name", "surname", "pronoun", "nominal", "title"] = "name"


class Entity(Model):
    id: str
    type: EntityType
    name: str = Field(description="canonical name: the longest full name in the article")
    aliases: list[str] = []
    role: str | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3")
    sector: Sector | None = None
    kb_id: str | None = Field(default=None, description="id in the knowledge base, set by the store")
    mentions: list[Mention] = []


class QuoteKind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class Quote(Model):
    id: str
    content: list[Span] = Field(description="the words attributed; several pieces when split by a cue")
    cue: Span | None = None
    speaker: Span | None = Field(default=None, description="the mention naming the speaker in this sentence")
    speaker_entity: str | None = Field(default=None, description="Entity.id the speaker resolves to")
    speaker_name: str | None = Field(default=None, description="resolved name, or the unnamed source")
    unnamed: bool = Field(default=False, description='an unnamed source such as "analysts"')
    kind: QuoteKind
    via: list[str] = Field(default=[], description="Entity ids the statement was relayed through, outermost first")
    via_spans: list[Span] = []
    via_names: list[str] = Field(default=[], description="names of the relays, outermost first (set even unresolved)")
    confidence: float = 1.0


class TimeType(StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(StrEnum):
    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class TimeExpression(Model):
    id: str
    span: Span
    type: TimeType
    value: str | None = Field(default=None, description="TIMEX3-style ISO value: 2022-03-10, 2022-02, 2022-W08, P2W")
    granularity: Granularity | None = None
    anchor: Literal["updated", "published", "explicit", "none"] = "none"
    relative: bool = False
    tense: Literal["past", "present", "future"] | None = None
    caption: int | None = Field(
        default=None,
        description="index into Article.captions when the expression is in a photo caption; span offsets "
        "are then into that caption's text",
    )


class Place(Model):
    id: str
    span: Span
    name: str
    geonames_id: int | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3")
    latitude: float | None = None
    longitude: float | None = None
    feature: str | None = Field(default=None, description="GeoNames feature class.code, e.g. P.PPLC, A.PCLI")
    population: int | None = None
    metonymic: bool = Field(default=False, description="stands for its government or people")
    entity: str | None = None
    caption: int | None = Field(
        default=None,
        description="index into Article.captions when the toponym is in a photo caption; span offsets "
        "are then into that caption's text",
    )
    confidence: float = 1.0


class Participant(Model):
    entity: str | None = None
    name: str
    country: str | None = None
    sector: Sector | None = None
    span: Span | None = None
    code: str | None = Field(default=None, description='CAMEO-style code for blocs and IGOs ("WST", "IGO")')


class Event(Model):
    id: str
    type: str = Field(description="PLOVER v0.8 event type, e.g. CONSULT")
    mode: str | None = Field(default=None, description="PLOVER mode, e.g. third-party, visit, military")
    trigger: Span
    evidence: Span = Field(description="the sentence or clause the event is read from")
    actors: list[Participant] = []
    recipients: list[Participant] = []
    place: str | None = Field(default=None, description="Place.id")
    date: str | None = None
    date_source: Literal["text", "article", "none"] = "none"
    time: str | None = Field(default=None, description="TimeExpression.id the date came from")
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    historical: bool = False
    reported: bool = False
    joint: bool = Field(default=False, description="the actors act with or on each other (met, clashed, agreed)")
    quote: str | None = Field(default=None, description="Quote.id when the event is inside a statement")
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    confidence: float = 0.5
    other_evidence: list[Span] = Field(default=[], description="later sentences reporting the same event")


class Answer(Model):
    text: str
    span: Span | None = None


class MainEvent(Model):
    """The 5W1H view of the article's main event."""

    event: str | None = None
    who: Answer | None = None
    what: Answer | None = None
    when: Answer | None = None
    where: Answer | None = None
    why: Answer | None = None
    how: Answer | None = None


class Failure(Model):
    source: str
    stage: str
    reason: str
    message: str


class Record(Model):
    """Everything newsgraph read from one input."""

    schema_version: str = SCHEMA_VERSION
    status: Status = Status.OK
    reason: str | None = Field(default=None, description="why the status is not ok")
    article: Article
    entities: list[Entity] = []
    quotes: list[Quote] = []
    times: list[TimeExpression] = []
    places: list[Place] = []
    events: list[Event] = []
    main_event: MainEvent | None = None
    stages: list[str] = Field(default=[], description="stages that ran, in order")
    failures: list[Failure] = Field(default=[], description="stages that failed on this input; the rest ran")

    def entity(self, entity_id: str | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)


def json_schema() -> dict:
    schema = Record.model_json_schema()
    schema["$id"] = f"https://newsgraph.invalid/schema/record-{SCHEMA_VERSION}.json"
    return schema
