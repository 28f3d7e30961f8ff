"""Metadata trafilatura leaves out, read from the already parsed tree with cheap XPath."""

from __future__ import annotations

import contextlib
import re

from lxml.etree import XPath

from newsgraph.page.text.lines import caption_credit
from newsgraph.records import Caption

# compiled once: compiling an expression on every call costs a third of a whole-tree scan
_SECTION_META = (
    XPath(
        '/html/head/meta[@property="article:section" or @name="section" or @name="article:section"'
        ' or @name="parsely-section"]/@content'
    ),
)
_BREADCRUMB = (
    XPath(
        '//*[@itemtype="https://schema.org/BreadcrumbList" or @itemtype="http://schema.org/BreadcrumbList"]'
        '//*[@itemprop="name"]/text()'
    ),
    XPath('//nav[contains(@class, "breadcrumb") or contains(@aria-label, "readcrumb")]//a/text()'),
    XPath('//ol[contains(@class, "breadcrumb")]//a/text() | //ul[contains(@class, "breadcrumb")]//a/text()'),
)
_LANGUAGE = XPath("/html/@lang | /html/head/meta[@http-equiv='content-language' or @property='og:locale']/@content")
_FIGCAPTIONS = XPath("//figure//figcaption")
_CREDIT_CLASS = re.compile(r"credit|copyright|source|byline|author", re.I)


def section(tree) -> str | None:
    for xpath in _SECTION_META:
        values = [v.strip() for v in xpath(tree) if v.strip()]
        if values:
            return values[0]
    for xpath in _BREADCRUMB:
        crumbs = [c.strip() for c in xpath(tree) if c.strip() and c.strip().lower() not in {"home", "news"}]
        if crumbs:
            return crumbs[-1] if len(crumbs) == 1 else crumbs[-2] if len(crumbs[-1].split()) > 5 else crumbs[-1]
    return None


def language(tree) -> str | None:
    for value in _LANGUAGE(tree):
        code = re.split(r"[-_]", value.strip())[0].lower()
        if 2 <= len(code) <= 3 and code.isalpha():
            return code
    return None


def captions(tree, limit: int = 20) -> list[Caption]:
    out: list[Caption] = []
    for figcaption in _FIGCAPTIONS(tree)[:limit]:
        credit_nodes = [n for n in figcaption.iter() if _CREDIT_CLASS.search(n.get("class", "") or "")]
        credit = " ".join(" ".join(credit_nodes[0].itertext()).split()) if credit_nodes else None
        text = " ".join(" ".join(figcaption.itertext()).split())
        if credit:
            text = text.replace(credit, "").strip(" |")
        elif parsed := caption_credit(text):
            text, credit = parsed
        if text and all(c.text != text for c in out):
            out.append(Caption(text=text, credit=_clean_credit(credit)))
    return out


def _clean_credit(credit: str | None) -> str | None:
    if not credit:
        return None
    credit = re.sub(r"^(?:photo|image|picture|credit)s?\s*(?:credit)?\s*[:/]?\s*|^©\s*", "", credit.strip(), flags=re.I)
    return credit.strip(" ()[]") or None


def news_metadata(tree, url: str | None):
    """trafilatura's metadata pass without the parts news reading does not use (categories, tags,
    licence), which cost about a third of its time; dates are read separately (htmldates)."""

    from trafilatura import metadata as meta

    doc = meta.examine_meta(tree)
    if doc.author and " " not in doc.author:
        doc.author = None
    with contextlib.suppress(Exception):  # as in trafilatura: JSON-LD in the wild is often broken
        doc = meta.extract_meta_json(tree, doc)
    doc.title = doc.title or meta.extract_title(tree)
    doc.author = doc.author or byline_author(tree)
    doc.url = doc.url or meta.extract_url(tree, url)
    doc.sitename = (doc.sitename or meta.extract_sitename(tree) or "").lstrip("@") or None
    return doc


_AUTHOR_NODES = (
    XPath('//*[@rel="author" or @itemprop="author" or @class="author" or @class="byline"]'),
    XPath('//*[contains(@class, "byline") or contains(@class, "author-name") or contains(@class, "author__name")]'),
)


def byline_author(tree) -> str | None:
    """The author named in the page's byline markup. trafilatura's own fallback prunes a copy of the
    whole tree and costs as much as extracting the body; these look-ups find the same bylines."""
    for xpath in _AUTHOR_NODES:
        for node in xpath(tree)[:5]:
            text = " ".join(" ".join(node.itertext()).split())
            if 3 <= len(text) <= 80:
                return text
    return None
