"""Cue words of attribution, written for newsgraph (no corpus-derived lists).

Verbs are lemmas. ``SPEECH_VERBS`` take their content as a that-clause, a quotation or (for
``OBJECT_VERBS``) an object ("criticized the plan", "accused X of Y"); ``COGNITION_VERBS``
attribute beliefs and count only with a clause ("believes that …").
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SPEECH_VERBS = _words(
    """
    say tell add note insist state declare explain acknowledge admit assert affirm allege answer reply respond
    ask report write tweet post suggest propose predict promise pledge vow threaten deny confirm reveal disclose
    stress emphasize emphasise underline underscore observe comment remark recall concede complain boast contend
    maintain mention repeat reiterate inform indicate conclude estimate forecast warn caution demand question
    wonder argue claim announce urge testify brief proclaim recount counter retort joke quip muse speculate hint
    signal lament decry guarantee assure reassure charge accuse blame continue agree disagree cite quote
    describe call characterize characterise label dub brand criticize criticise blast slam attack condemn denounce
    praise hail applaud mock dismiss reject defend endorse recommend advise protest object order instruct
    publish release tout pitch swear email text shout scream yell whisper decline refuse refer point talk speak
    vote campaign touch weigh advocate push discuss express highlight echo remind thank congratulate apologize
    offer focus read
    """
)

COGNITION_VERBS = _words(
    """
    believe think feel expect hope fear worry know doubt suspect assume consider reckon figure guess imagine
    understand realize realise recognize recognise want plan intend learn show find support oppose favor favour prefer
    back decide
    """
)

# Verbs whose content may be a direct object or an object plus "of/for/as/about" phrase.
OBJECT_VERBS = _words(
    """
    announce deny confirm criticize criticise praise condemn denounce blast slam accuse blame urge demand propose
    promise pledge vow reject dismiss question defend endorse oppose recommend predict reveal acknowledge cite
    describe call characterize characterise label dub brand mock attack hail applaud welcome decry lament
    warn ask tell report tout release publish tweet post express voice reiterate repeat mention decline refuse
    support oppose favor favour prefer back discuss express highlight thank congratulate remind offer
    """
)

# Particles or prepositions that belong to the cue ("called for", "pointed to", "talked about").
CUE_PREPOSITIONS = {
    "call": {"for", "on"},
    "point": {"to", "out"},
    "refer": {"to"},
    "talk": {"about"},
    "speak": {"about", "of", "out"},
    "ask": {"about"},
    "warn": {"of", "about", "against"},
    "complain": {"about", "of"},
    "argue": {"for", "against"},
    "say": {"of", "about"},
    "vote": {"for", "against"},
    "campaign": {"for", "against", "on"},
    "insist": {"on"},
    "boast": {"of", "about"},
    "apologize": {"for"},
    "apologise": {"for"},
    "thank": {"for"},
    "focus": {"on"},
    "respond": {"to"},
    "agree": {"with"},
    "disagree": {"with"},
    "touch": {"on"},
    "weigh": {"in"},
    "advocate": {"for"},
    "push": {"for"},
    "testify": {"about"},
    "tweet": {"about"},
    "write": {"about", "of"},
}

# Verbs that may introduce a quotation with no clause of their own ("she said: "…"").
QUOTING_VERBS = _words(
    """
    say tell add ask reply respond answer write tweet post explain insist note warn declare state continue
    recall remark joke quip shout scream yell whisper argue claim conclude stress observe comment read
    """
)

# Accusations: a conjoined "and said …" gives their grounds and joins the same statement.
ACCUSATION_VERBS = _words("accuse blame charge criticize criticise condemn denounce blast slam attack")

# Cognition verbs whose content may be an infinitive ("wants to continue negotiations").
INTENTION_VERBS = _words("want plan intend hope expect decide")

# Passive cues with no named speaker: "is expected to", "was seen as", "it was reported that".
PASSIVE_CUES = _words("expect see know say report believe consider think project predict rumor rumour view regard ask")

# Where a statement was made, part of its cue: "said in a statement".
MEDIUM_NOUNS = _words("statement interview post tweet email letter release speech op-ed blog column")

# Verbs that start a new statement when conjoined with a cue ("said A and added B").
NEW_STATEMENT_VERBS = _words("add continue note stress reiterate repeat go")

# Verbs that govern an infinitival cue and belong to it ("declined to comment", "refused to say").
GOVERNING_VERBS = _words("decline refuse want continue begin try hesitate agree go")

RELAY_VERBS = _words("quote cite")  # "X quoted Y as saying …"

# Heads of sources that name no one: kept as unnamed sources.
UNNAMED_HEADS = _words(
    """
    analyst observer official expert source diplomat critic resident witness people insider aide researcher
    economist scientist commentator activist investor trader lawmaker legislator supporter opponent
    officer authority authorities police investigator spokesman spokeswoman spokesperson person someone
    """
)

NOMINAL_SPEAKERS = _words(
    """
    minister president spokesman spokeswoman spokesperson official envoy ambassador chancellor premier
    secretary leader chief governor mayor senator analyst general commander prosecutor judge director
    chairman chairwoman ceo diplomat negotiator
    """
)

PERSON_PRONOUNS = _words("he she him her")
PLURAL_PRONOUNS = _words("they them")
RELATIVE_PRONOUNS = _words("who which that")
QUANTIFIERS = _words("many some most several few other others a an the all both")

ALL_CUE_VERBS = SPEECH_VERBS | COGNITION_VERBS

# Adjectives of stance after "be", with the prepositions that introduce their content
# ("critical of", "opposed to", "sure that …").
STANCE_ADJECTIVES = _words(
    """
    critical opposed supportive sure certain confident convinced worried concerned skeptical sceptical adamant
    hopeful optimistic pessimistic upset angry furious unhappy pleased disappointed frustrated insistent
    doubtful unsure uncertain wary fearful afraid eager keen determined reluctant unwilling willing open
    ambivalent proud grateful thankful happy glad nervous anxious hesitant enthusiastic dismissive
    """
)
STANCE_PREPOSITIONS = _words("of to about on with over that toward towards")

# Nouns of statements and stances, with prepositions that introduce their content ("call for", "claim that").
CUE_NOUNS: dict[str, set[str]] = {
    "call": {"for"},
    "statement": {"on", "about"},
    "insistence": {"on"},
    "warning": {"of", "about", "against"},
    "criticism": {"of"},
    "suggestion": set(),
    "view": {"of", "on"},
    "request": {"for"},
    "refusal": set(),
    "commitment": {"to"},
}

# Verbs of evidence: with a poll, study or document as subject, their object is what it shows
# ("A new poll shows Clinton ahead", "the audit found errors").
EVIDENCE_VERBS = _words("show find")
EVIDENCE_NOUNS = _words(
    """
    poll survey study report data result figure file record analysis document audit research review census
    investigation probe count tally estimate
    """
)
