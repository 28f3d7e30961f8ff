"""Records with known facts, built by hand so the pages are tested whatever the stages find today."""

from __future__ import annotations

from datetime import datetime

from newsgraph.records import (
    Article,
    Caption,
    Entity,
    EntityType,
    Event,
    Mention,
    Participant,
    Place,
    Quote,
    QuoteKind,
    Record,
    Sector,
    TimeExpression,
    TimeType,
)

TALKS_BODY = (
    "Russian Foreign Minister Sergey Lavrov met Ukrainian Foreign Minister Dmytro Kuleba in Antalya on Thursday.\n\n"
    '"We will not surrender," Kuleba said after the meeting.\n\n'
    "Lavrov accused the West of creating a danger in the region.\n\n"
    "Turkey did not send aid to the talks, officials said."
)
FOLLOWUP_BODY = "Sergey Lavrov met Dmytro Kuleba in Antalya on Thursday, Turkish officials said."

# Article text is hostile input: every way of sneaking markup or script into a page.
HOSTILE_HEADLINE = '<script>window.__pwned = "headline"; alert("headline")</script> Talks <img src=x onerror=alert(1)>'
HOSTILE_BODY = (
    "Officials met <script>window.__pwned = 'body'; alert('body')</script> in Geneva on Monday.\n\n"
    'A picture <img src=x id="pwned" onerror="window.__pwned=2;alert(2)"> was posted '
    'with <a id="pwned-link" href="javascript:alert(3)">a link</a>.\n\n'
    '"Close the tag </span></div><b id="pwned-b" onmouseover="alert(4)">now</b>" said Mallory '
    '" onclick="alert(5)" x=".'
)


def at(article: Article, text: str, nth: int = 0):
    """The span of the nth occurrence of ``text`` in the body."""
    start = -1
    for _ in range(nth + 1):
        start = article.body.index(text, start + 1)
    return article.span(start, start + len(text), text)


def mention(article: Article, text: str, type_: EntityType, nth: int = 0, **kw) -> Mention:
    return Mention(span=at(article, text, nth), type=type_, **kw)


def talks_record() -> Record:
    article = Article(
        source="tests/web/talks.txt",
        url="https://example.org/talks",
        headline="Foreign ministers meet in Antalya",
        outlet="Example News",
        authors=["A. Reporter"],
        published=datetime(2022, 3, 11, 7, 3),
        body=TALKS_BODY,
        removed=["Home | Europe", "Share this story"],
        captions=[Caption(text="The ministers at the table.", credit="Xinhua")],
        credit_lines=["[Photo/Xinhua]"],
        language="en",
    )
    article.finalize_id()
    lavrov = Entity(
        id="e1",
        type=EntityType.PERSON,
        name="Sergey Lavrov",
        aliases=["Lavrov"],
        role="Russian Foreign Minister",
        country="RUS",
        sector=Sector.GOV,
        mentions=[
            mention(article, "Sergey Lavrov", EntityType.PERSON, role="Russian Foreign Minister"),
            mention(article, "Lavrov", EntityType.PERSON, nth=1, kind="surname"),
        ],
    )
    kuleba = Entity(
        id="e2",
        type=EntityType.PERSON,
        name="Dmytro Kuleba",
        role="Ukrainian Foreign Minister",
        country="UKR",
        sector=Sector.GOV,
        mentions=[
            mention(article, "Dmytro Kuleba", EntityType.PERSON),
            mention(article, "Kuleba", EntityType.PERSON, nth=1, kind="surname"),
        ],
    )
    antalya = Entity(
        id="e3",
        type=EntityType.GPE,
        name="Antalya",
        country="TUR",
        mentions=[mention(article, "Antalya", EntityType.GPE)],
    )
    turkey = Entity(
        id="e4",
        type=EntityType.GPE,
        name="Turkey",
        country="TUR",
        mentions=[mention(article, "Turkey", EntityType.GPE)],
    )
    west = Entity(
        id="e5", type=EntityType.LOC, name="the West", mentions=[mention(article, "the West", EntityType.LOC)]
    )
    quote = Quote(
        id="q1",
        content=[at(article, "We will not surrender,")],
        cue=at(article, "said"),
        speaker=at(article, "Kuleba", 1),
        speaker_entity="e2",
        speaker_name="Dmytro Kuleba",
        kind=QuoteKind.DIRECT,
    )
    indirect = Quote(
        id="q2",
        content=[at(article, "Turkey did not send aid to the talks")],
        cue=at(article, "said", 1),
        speaker=at(article, "officials"),
        speaker_name="officials",
        unnamed=True,
        kind=QuoteKind.INDIRECT,
    )
    thursday = TimeExpression(
        id="t1", span=at(article, "Thursday"), type=TimeType.DATE, value="2022-03-10", anchor="published", relative=True
    )
    place = Place(
        id="p1",
        span=at(article, "Antalya"),
        name="Antalya",
        geonames_id=323777,
        country="TUR",
        latitude=36.90812,
        longitude=30.69556,
        feature="P.PPLA",
        population=758188,
        entity="e3",
    )
    lavrov_p = Participant(entity="e1", name="Sergey Lavrov", country="RUS", sector=Sector.GOV)
    kuleba_p = Participant(entity="e2", name="Dmytro Kuleba", country="UKR", sector=Sector.GOV)
    first_sentence = article.body.split("\n")[0]
    events = [
        Event(
            id="v1",
            type="CONSULT",
            mode="third-party",
            trigger=at(article, "met"),
            evidence=at(article, first_sentence),
            actors=[lavrov_p],
            recipients=[kuleba_p],
            place="p1",
            date="2022-03-10",
            date_source="text",
            time="t1",
            cameo="040",
        ),
        Event(
            id="v2",
            type="ACCUSE",
            trigger=at(article, "accused"),
            evidence=at(article, "Lavrov accused the West of creating a danger in the region."),
            actors=[lavrov_p],
            recipients=[Participant(entity="e5", name="the West")],
            date="2022-03-11",
            date_source="article",
        ),
        Event(
            id="v3",
            type="AID",
            trigger=at(article, "send aid"),
            evidence=at(article, "Turkey did not send aid to the talks, officials said."),
            actors=[Participant(entity="e4", name="Turkey", country="TUR")],
            recipients=[Participant(name="Ukraine", country="UKR")],
            date="2022-03-11",
            date_source="article",
            negated=True,
            quote="q2",
        ),
    ]
    return Record(
        article=article,
        entities=[lavrov, kuleba, antalya, turkey, west],
        quotes=[quote, indirect],
        times=[thursday],
        places=[place],
        events=events,
        stages=["page", "entities", "quotes", "time", "places", "events"],
    )


def followup_record() -> Record:
    """A second source for the CONSULT event, one day later, with a future hypothetical event."""
    article = Article(
        source="tests/web/followup.txt",
        headline="Ministers met in Turkey",
        published=datetime(2022, 3, 12, 9, 0),
        body=FOLLOWUP_BODY + "\n\nKuleba may meet Lavrov again next week.",
    )
    article.finalize_id()
    lavrov = Entity(
        id="e1",
        type=EntityType.PERSON,
        name="Sergey Lavrov",
        country="RUS",
        mentions=[
            mention(article, "Sergey Lavrov", EntityType.PERSON),
            mention(article, "Lavrov", EntityType.PERSON, 1),
        ],
    )
    kuleba = Entity(
        id="e2",
        type=EntityType.PERSON,
        name="Dmytro Kuleba",
        country="UKR",
        mentions=[
            mention(article, "Dmytro Kuleba", EntityType.PERSON),
            mention(article, "Kuleba", EntityType.PERSON, 1),
        ],
    )
    lavrov_p = Participant(entity="e1", name="Sergey Lavrov", country="RUS")
    kuleba_p = Participant(entity="e2", name="Dmytro Kuleba", country="UKR")
    events = [
        Event(
            id="v1",
            type="CONSULT",
            trigger=at(article, "met"),
            evidence=at(article, FOLLOWUP_BODY),
            actors=[lavrov_p],
            recipients=[kuleba_p],
            date="2022-03-10",
            date_source="text",
        ),
        Event(
            id="v2",
            type="CONSULT",
            trigger=at(article, "meet"),
            evidence=at(article, "Kuleba may meet Lavrov again next week."),
            actors=[kuleba_p],
            recipients=[lavrov_p],
            date="2022-W11",
            future=True,
            hypothetical=True,
        ),
    ]
    return Record(article=article, entities=[lavrov, kuleba], events=events, stages=["page", "entities", "events"])


def hostile_record() -> Record:
    article = Article(
        source='<script>alert("source")</script>.txt',
        url="javascript:alert(document.domain)",
        headline=HOSTILE_HEADLINE,
        outlet='<img src=x onerror=alert("outlet")>',
        authors=['<script>alert("author")</script>'],
        published=datetime(2022, 4, 1),
        body=HOSTILE_BODY,
        removed=['<script>alert("removed")</script>', '<a href="javascript:alert(6)">Home</a>'],
        captions=[Caption(text='<img src=x onerror=alert("caption")>', credit="<b>X</b>")],
        credit_lines=['<iframe src="javascript:alert(7)"></iframe>'],
    )
    article.finalize_id()
    script = at(article, "<script>window.__pwned = 'body'; alert('body')</script>")
    img = at(article, '<img src=x id="pwned" onerror="window.__pwned=2;alert(2)">')
    link = at(article, '<a id="pwned-link" href="javascript:alert(3)">a link</a>')
    tag = at(article, '</span></div><b id="pwned-b" onmouseover="alert(4)">now</b>')
    evil = Entity(
        id='e1" onclick="alert(8)',
        type=EntityType.ORG,
        name='<svg onload=alert("entity")>',
        role='<script>alert("role")</script>',
        mentions=[Mention(span=script, type=EntityType.ORG), Mention(span=img, type=EntityType.ORG)],
    )
    mallory = Entity(
        id="e2",
        type=EntityType.PERSON,
        name="Mallory",
        mentions=[Mention(span=at(article, "Mallory"), type=EntityType.PERSON)],
    )
    quote = Quote(
        id="q1<x>",
        content=[tag],
        cue=at(article, "said"),
        speaker=at(article, "Mallory"),
        speaker_entity="e2",
        speaker_name='<img src=x onerror=alert("speaker")>',
        kind=QuoteKind.DIRECT,
    )
    return Record(
        article=article,
        entities=[evil, mallory],
        quotes=[quote],
        times=[TimeExpression(id="t1", span=at(article, "Monday"), type=TimeType.DATE, value="2022-03-28")],
        places=[
            Place(
                id="p1",
                span=at(article, "Geneva"),
                name="<script>alert('place')</script>",
                latitude=46.2,
                longitude=6.1,
            )
        ],
        events=[
            Event(
                id="v1",
                type='CONSULT"><script>alert(9)</script>',
                trigger=at(article, "met"),
                evidence=link,
                actors=[Participant(name='<img src=x onerror=alert("actor")>')],
                recipients=[Participant(name="Mallory")],
                date="2022-03-28",
            )
        ],
        stages=["page"],
    )
