"""Headlines for the parser. The small spaCy model reads a Title-Case headline ("Toblerone Alters Shape of
2 Chocolate Bars") or words in capitals ("CLEARED") as a run of names, so headlines are parsed in sentence
case and the parse is then put back on the headline's own words."""

from __future__ import annotations

import re

_CASED_WORD = re.compile(r"[A-Za-z]+")


def sentence_cased(headline: str, body: str) -> str:
    """The headline as a sentence for the parser, same length: a Title-Case headline ("Toblerone Alters Shape of
    2 Chocolate Bars") reads as a run of names to the small model, and so do words in capitals ("CLEARED").
    Words the body writes capitalised inside its sentences (names) or in capitals (acronyms) stay so."""
    words = list(_CASED_WORD.finditer(headline))
    long = [m.group() for m in words if len(m.group()) >= 4]
    title_case = len(long) >= 3 and all(w[0].isupper() for w in long)
    text = headline
    for k, match in enumerate(words):
        word = match.group()
        if len(word) > 1 and word.isupper():
            cased = _cased_as_in(word, body, first=k == 0)
        elif title_case and k and word[0].isupper() and not _name_in(word, body):
            cased = word.lower()
        else:
            continue
        text = text[: match.start()] + cased + text[match.end() :]
    return text


def _cased_as_in(capitals: str, body: str, first: bool) -> str:
    """ "FBI" stays when the body writes it so, "COMEY" -> "Comey", "CLEARED" -> "cleared"."""
    if re.search(rf"\b{capitals}\b", body):
        return capitals
    name = capitals.capitalize()
    return name if first or _name_in(name, body) else capitals.lower()


def _name_in(word: str, body: str) -> bool:
    """The body writes the word capitalised inside a sentence more often than in lower case."""
    inside = len(re.findall(rf"(?<=[a-z,;] ){word}\b", body))
    return inside > len(re.findall(rf"\b{word.lower()}\b", body))


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
