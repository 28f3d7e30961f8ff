"""Read rendered pages the way a browser would, to check that nothing from an article became markup."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

APP_SCRIPTS = {"/static/app.js"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]


@dataclass
class Page(HTMLParser):
    elements: list[Element] = field(default_factory=list)

    def __post_init__(self) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)

    def handle_starttag(self, tag, attrs):
        self.elements.append(Element(tag, dict(attrs)))

    def by_id(self, element_id: str) -> list[Element]:
        return [e for e in self.elements if e.attrs.get("id") == element_id]

    def with_class(self, cls: str) -> list[Element]:
        return [e for e in self.elements if cls in (e.attrs.get("class") or "").split()]


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def injected(html: str) -> list[str]:
    """Everything in the page that could run or navigate: foreign scripts, handlers, javascript: URLs,
    elements only article text could have brought (img, iframe, b with an id...)."""
    found = []
    for el in parse(html).elements:
        if el.tag == "script" and el.attrs.get("src") not in APP_SCRIPTS:
            found.append(f"script {el.attrs}")
        if el.tag in {"img", "iframe", "object", "embed", "b"}:
            found.append(f"<{el.tag}> {el.attrs}")
        for name, value in el.attrs.items():
            if name.startswith("on"):
                found.append(f"{el.tag} handler {name}={value!r}")
            if name in {"href", "src", "action", "formaction"} and (value or "").strip().lower().startswith(
                ("javascript:", "data:", "vbscript:")
            ):
                found.append(f"{el.tag} {name}={value!r}")
            if name == "id" and (value or "").startswith("pwned"):
                found.append(f"{el.tag} id={value!r}")
    return found
