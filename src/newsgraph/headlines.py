"""Headlines for the parser. The small spaCy model reads a Title-Case headline ("Toblerone Alters Shape of
2 Chocolate Bars") or words in capitals ("CLEARED") as a run of names, so headlines are parsed in sentence
case and the parse is then put back on the headline's own words."""

from __future__ import annotations

import re
from collections import Counter

_CASED_WORD = re.compile(r"[A-Za-z]+")
_MID_SENTENCE_WORD = re.compile(r"(?<=[a-z,;] )[A-Za-z]+")  # after a lower-case word, a comma or a semicolon


def sentence_cased(headline: str, body: str) -> str:
    """The headline as a sentence for the parser, same length: a Title-Case headline ("Toblerone Alters Shape of
    2 Chocolate Bars") reads as a run of names to the small model, and so do words in capitals ("CLEARED").
    Words the body writes capitalised inside its sentences (names) or in capitals (acronyms) stay so."""
    words = list(_CASED_WORD.finditer(headline))
    long = [m.group() for m in words if len(m.group()) >= 4]
    title_case = len(long) >= 3 and all(w[0].isupper() for w in long)
    if not title_case and not any(len(m.group()) > 1 and m.group().isupper() for m in words):
        return headline
    casing = _BodyCasing(body)
    text = headline
    for k, match in enumerate(words):
        word = match.group()
        if len(word) > 1 and word.isupper():
            cased = casing.as_in_body(word, first=k == 0)
        elif title_case and k and word[0].isupper() and not casing.is_name(word):
            cased = word.lower()
        else:
            continue
        text = text[: match.start()] + cased + text[match.end() :]
    return text


class _BodyCasing:
    """How the body writes its words, counted once per headline."""

    def __init__(self, body: str):
        self.words = Counter(_CASED_WORD.findall(body))
        self.mid_sentence = Counter(_MID_SENTENCE_WORD.findall(body))

    def is_name(self, word: str) -> bool:
        """The body writes the word capitalised inside a sentence more often than in lower case."""
        return self.mid_sentence[word] > self.words[word.lower()]

    def as_in_body(self, capitals: str, first: bool) -> str:
        """ "FBI" stays when the body writes it so, "COMEY" -> "Comey", "CLEARED" -> "cleared"."""
        if self.words[capitals]:
            return capitals
        name = capitals.capitalize()
        return name if first or self.is_name(name) else capitals.lower()


def with_case_of(parsed, text: str):
    """The parse of the sentence-cased headline on the headline's own words (same length, same token offsets)."""
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
    from spacy.tokens import Doc

    if parsed.text == text or len(parsed.text) != len(text):
        return parsed
    words = [text[t.idx : t.idx + len(t)] for t in parsed]
    restored = Doc(parsed.vocab, words=words, spaces=[bool(t.whitespace_) for t in parsed])
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
    restored.from_array(attrs, parsed.to_array(attrs))
    return restored
