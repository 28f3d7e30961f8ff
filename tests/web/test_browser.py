"""End to end in headless Chromium (Debian's /usr/bin/chromium; Playwright never downloads a browser)."""

from __future__ import annotations

import base64
from urllib.parse import quote

import pytest
from tests.web.conftest import HOSTILE_PAGE, LiveServer

pytestmark = pytest.mark.browser

# Highlight colours from app.css, as the screenshot must show them.
COLOURS = {
    "person": (0xFF, 0xD8, 0xA8),
    "country/city": (0xC8, 0xF0, 0xC8),
    "first speaker": (0xD6, 0x27, 0x28),
    "event outline": (0xC0, 0x00, 0x00),
}
COUNT_PIXELS = """async ([png, colours, tolerance]) => {
  const img = new Image();
  img.src = "data:image/png;base64," + png;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = img.width; canvas.height = img.height;
  const ctx = canvas.getContext("2d");
  ctx.drawImage(img, 0, 0);
  const data = ctx.getImageData(0, 0, img.width, img.height).data;
  const counts = {};
  for (const [name, rgb] of Object.entries(colours)) {
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - rgb[0]) <= tolerance && Math.abs(data[i + 1] - rgb[1]) <= tolerance
          && Math.abs(data[i + 2] - rgb[2]) <= tolerance) n++;
    }
    counts[name] = n;
  }
  return counts;
}"""


def colour_counts(browser, png: bytes) -> dict[str, int]:
    """Decode the screenshot in a blank page's canvas and count pixels of each highlight colour."""
    blank = browser.new_page()
    try:
        return blank.evaluate(COUNT_PIXELS, [base64.b64encode(png).decode(), COLOURS, 8])
    finally:
        blank.close()


def test_article_page_renders_highlights_in_colour(browser, page, live_server, records, tmp_path):
    page.goto(f"{live_server.url}/articles/{records['talks'].article.id}")
    story = page.locator("#story")
    background = page.locator("#story .ent-PERSON").first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background == "rgb(255, 216, 168)"
    png = story.screenshot(path=str(tmp_path / "article.png"))
    counts = colour_counts(browser, png)
    assert counts["person"] > 500, counts
    assert counts["country/city"] > 100, counts
    assert counts["first speaker"] > 50, counts
    assert counts["event outline"] > 50, counts
    plain = page.locator("main h1").screenshot()
    assert colour_counts(browser, plain)["person"] == 0  # the check can fail: the headline has no highlight


def test_clicking_a_highlight_shows_the_record_behind_it(page, live_server, records):
    page.goto(f"{live_server.url}/articles/{records['talks'].article.id}")
    assert page.locator("#panel .fact:visible").count() == 0
    page.locator("#story .hl.qt").first.click()
    fact = page.locator("#fact-quote-q1")
    assert fact.is_visible()
    assert "Dmytro Kuleba" in fact.inner_text() and "Ukrainian Foreign Minister" in fact.inner_text()
    assert page.locator("#story .hl.selected").count() >= 1
    page.locator("#story .hl.pl").first.click()
    place = page.locator("#fact-place-p1")
    assert place.is_visible() and "36.9081, 30.6956" in place.inner_text()
    assert place.locator("svg.map .map-point").is_visible()
    assert not fact.is_visible()
    page.locator("#story .hl.ev-negated").click()
    event = page.locator("#fact-event-v3")
    assert event.is_visible() and "negated" in event.inner_text()
    event.get_by_text("show the quote").click()
    assert page.locator("#fact-quote-q2").is_visible()


def test_removed_chrome_is_collapsed_until_opened(page, live_server, records):
    page.goto(f"{live_server.url}/articles/{records['talks'].article.id}")
    assert not page.get_by_text("Share this story").is_visible()
    page.locator("#removed summary").click()
    assert page.get_by_text("Share this story").is_visible()


def test_a_quote_found_by_search_opens_on_its_evidence(page, live_server):
    page.goto(f"{live_server.url}/quotes")
    page.fill("input[name=speaker]", "kuleba")
    page.click("form.filters button")
    page.wait_for_url("**/quotes?**")
    assert page.locator("#quote-list li.quote").count() == 1
    page.locator("#quote-list a.evidence").click()
    page.wait_for_url("**#quote-q1")
    assert page.locator("#fact-quote-q1").is_visible()
    assert page.locator("#story .hl.selected").first.inner_text() == "We will not surrender,"


def test_timeline_markers_link_to_their_events(page, live_server):
    page.goto(f"{live_server.url}/events")
    assert page.locator("#timeline .marker").count() == 5
    assert page.locator("#timeline .mk-negated").is_visible()
    page.locator("#timeline .marker[data-modality=negated]").click()
    page.wait_for_url("**#event-v3")
    assert page.locator("#fact-event-v3").is_visible()


def test_actor_network_and_profile(page, live_server):
    page.goto(f"{live_server.url}/actors")
    assert page.locator("#network .node").count() == 3
    page.locator("#network .node", has_text="Sergey Lavrov").click()
    page.wait_for_url("**/actors/name%3Asergey%20lavrov")
    assert page.locator("#actor-name").inner_text() == "Sergey Lavrov"
    assert page.locator("#mentions-chart rect").count() == 2


def _assert_nothing_ran(page) -> None:
    assert page.dialogs == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
    for selector in ["#pwned", "#pwned-link", "#pwned-b", "img", "iframe", "main script"]:
        assert page.locator(selector).count() == 0, selector
    assert page.csp_violations == []


@pytest.fixture
def watched(page):
    page.csp_violations = []
    page.on("console", lambda m: "Content Security Policy" in m.text and page.csp_violations.append(m.text))
    return page


def test_hostile_article_runs_nothing(watched, live_server, records):
    page = watched
    hostile = records["hostile"].article.id
    urls = [f"/articles/{hostile}", "/articles", "/quotes", "/events?all_types=true", "/actors?all_types=true"]
    urls.append("/actors/" + quote("name:mallory", safe=""))
    for url in urls:
        page.goto(live_server.url + url)
        _assert_nothing_ran(page)
    page.goto(f"{live_server.url}/articles/{hostile}")
    for piece in page.locator("#story .hl").all():
        piece.hover()
        piece.click()
    page.locator("#removed summary").click()
    _assert_nothing_ran(page)
    assert "<script>window.__pwned" in page.locator("#headline").inner_text()


@pytest.mark.slow
def test_ingest_page_reads_a_pasted_page_and_runs_nothing_from_it(watched, tmp_path):
    from newsgraph.store import Store

    db = tmp_path / "empty.duckdb"
    Store(db).close()
    with LiveServer(db) as server:
        page = watched
        page.set_default_timeout(180_000)  # the first ingest loads spaCy in the server
        page.goto(f"{server.url}/ingest")
        page.fill("#text", HOSTILE_PAGE.read_text())
        page.click("#run")
        page.wait_for_selector("#story")
        assert "Geneva" in page.locator("#story").inner_text()
        assert page.locator("#story .hl").count() > 0
        _assert_nothing_ran(page)
