"""Stage `nlp`: parse the body with spaCy, loaded once per process, in batches (``nlp.pipe``)."""

from __future__ import annotations

import gc
from collections.abc import Sequence
from functools import cache

from newsgraph.config import Settings
from newsgraph.errors import UsageError
from newsgraph.page.dateline import story_start
from newsgraph.records import Status
from newsgraph.stages.base import Item, Stage


@cache
def load_spacy(model: str):
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise UsageError(
            f"cannot load spaCy model {model!r}",
            "install it as a package or set NEWSGRAPH_SPACY_MODEL to one that is installed",
        ) from exc
    if "parser" in nlp.pipe_names and DATELINE_COMPONENT not in nlp.pipe_names:
        from spacy.language import Language

        if not Language.has_factory(DATELINE_COMPONENT):
            Language.component(DATELINE_COMPONENT, func=dateline_boundary)
        nlp.add_pipe(DATELINE_COMPONENT, before="parser")
    # The model's objects live as long as the process: moved out of the collector's sight, they are not
    # rescanned by every full garbage collection while millions of tokens are parsed.
    gc.collect()
    gc.freeze()
    return nlp


DATELINE_COMPONENT = "newsgraph_dateline"
_DATELINE_TOKENS = 60  # a dateline is read from the first 120 characters


def dateline_boundary(doc):
    """ "TEL AVIV, March 11 - The IMF has warned Israel": left to itself, the parser makes the dateline the
    subject ("AVIV … warned") and the real one its apposition; the story's first sentence starts after it."""
    start = story_start(doc[:_DATELINE_TOKENS].text)  # not doc.text: it rebuilds the whole article
    if start is not None:
        token = next((t for t in doc if t.idx >= start), None)
        if token is not None and token.i > 0:
            token.is_sent_start = True
    return doc


MAX_CAPTIONS = 20
MAX_CAPTION_CHARS = 2000
MAX_HEADLINE_CHARS = 300


class NlpStage(Stage):
    name = "nlp"
    needs_doc = False

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()

    def setup(self) -> None:
        self.nlp = load_spacy(self.settings.spacy_model)

    def process(self, item: Item) -> None:
        self.process_batch([item])

    def process_batch(self, items: Sequence[Item]) -> None:
        todo = [it for it in items if it.record.status == Status.OK]
        for item in todo:
            if len(item.record.article.body) > self.settings.max_body_chars:
                item.record.status = Status.SKIPPED
                item.record.reason = (
                    f"body of {len(item.record.article.body):,} characters is over the "
                    f"{self.settings.max_body_chars:,} limit (NEWSGRAPH_MAX_BODY_CHARS)"
                )
        todo = [it for it in todo if it.record.status == Status.OK]
        try:
            docs = list(self.nlp.pipe([it.record.article.body for it in todo], batch_size=self.settings.batch_size))
        except Exception:  # find the culprit one by one, keep the rest
            docs = [self._parse_one(it) for it in todo]
        for item, doc in zip(todo, docs, strict=True):
            item.doc = doc
            if doc is not None:
                item.record.stages.append(self.name)
        parsed = [it for it in todo if it.doc is not None]
        self._parse_captions(parsed)
        self._parse_headlines(parsed)

    def _parse_captions(self, items: Sequence[Item]) -> None:
        """Photo captions are kept out of the body but name places and dates: parse them too (short)."""
        texts = [
            (item, caption.text[:MAX_CAPTION_CHARS])
            for item in items
            for caption in item.record.article.captions[:MAX_CAPTIONS]
        ]
        if not texts:
            return
        try:
            docs = list(self.nlp.pipe([text for _, text in texts], batch_size=self.settings.batch_size))
        except Exception:  # a caption never costs the article its body parse
            return
        for (item, _), doc in zip(texts, docs, strict=True):
            item.caption_docs.append(doc)

    def _parse_headlines(self, items: Sequence[Item]) -> None:
        """The headline states the story most compactly; parsed in sentence case, without NER (a few words)."""
        from newsgraph.headlines import sentence_cased, with_case_of

        todo = [
            (item, headline)
            for item in items
            if 0 < len(headline := (item.record.article.headline or "").strip()) <= MAX_HEADLINE_CHARS
        ]
        if not todo:
            return
        try:
            texts = [sentence_cased(headline, item.record.article.body) for item, headline in todo]
            docs = list(self.nlp.pipe(texts, disable=["ner"], batch_size=self.settings.batch_size))
        except Exception:  # a headline never costs the article its body parse
            return
        for (item, headline), doc in zip(todo, docs, strict=True):
            item.headline_doc = with_case_of(doc, headline)

    def _parse_one(self, item: Item):
        try:
            return self.nlp(item.record.article.body)
        except Exception as exc:
            self.record_failure(item, exc)
            return None
