"""Plain-text pages: the story cut out of site chrome, with its metadata and an offset map.

The seed page (China Daily) is the model; the pages in tests/data/pages are held-out pages of
invented sites with different chrome, written to show the rules are general."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from newsgraph.page.reader import read_page
from newsgraph.readers.base import RawInput
from newsgraph.records import Article

DATA = Path(__file__).parents[1] / "data"
PAGES = DATA / "pages"
SEED = DATA / "chinadaily-2022-03-11-ceasefire-talks.txt"
SAMPLES = Path(__file__).parents[2] / "samples"


def read_text(path: Path) -> tuple[Article, str]:
    data = path.read_bytes()
    return read_page(RawInput(source=str(path), data=data, kind="text")), data.decode("utf-8")


def assert_offsets_slice_the_input(article: Article, source: str) -> None:
    """Every paragraph, and any span inside one, slices the original input to the same text."""
    assert article.paragraphs
    for para in article.paragraphs:
        assert source[para.source_start : para.source_end] == para.text
        inner = article.span(para.start + 1, para.end - 1)
        assert source[inner.source_start : inner.source_end] == inner.text


def test_seed_page_fields():
    article, _ = read_text(SEED)
    assert article.headline == "Russia, Ukraine fail to agree on cease-fire at talks"
    assert article.authors == ["Ren Qi"]
    assert article.outlet == "China Daily"
    assert article.dateline == "Moscow"
    assert article.section == "Europe"
    assert article.updated == datetime(2022, 3, 11, 7, 3)
    (caption,) = article.captions
    assert caption.text.startswith("Photo taken on March 7, 2022 shows a view of the third round of talks")
    assert caption.credit == "Xinhua"
    assert article.credit_lines == ["Agencies contributed to this story."]


def test_seed_body_is_exactly_the_story():
    article, source = read_text(SEED)
    assert article.body.startswith("Russia and Ukraine failed to make a breakthrough")
    assert article.body.endswith("gear up for another military operation.")
    for chrome in (
        "xi's moments",
        "Home | Europe",
        "By REN QI",
        "[Photo/Xinhua]",
        "Agencies contributed",
        "Global Edition",
        "BACK TO THE TOP",
        "Copyright",
        "Registration Number",
    ):
        assert chrome not in article.body
    assert "BACK TO THE TOP" in article.removed and "Registration Number: 130349" in article.removed
    assert len(article.paragraphs) == 16
    assert_offsets_slice_the_input(article, source)


def test_seed_caption_offsets_point_at_the_caption_line():
    article, source = read_text(SEED)
    caption = article.captions[0]
    assert source[caption.source_start : caption.source_end].endswith("[Photo/Xinhua]")


def test_held_out_page_with_different_chrome():
    article, source = read_text(PAGES / "harbourtimes-port-strike.txt")
    assert article.headline == "Dock workers walk out as port talks collapse"
    assert article.authors == ["Maria Lopez", "Tom Becker"]
    assert article.section == "Shipping"
    assert article.dateline == "Rotterdam"
    assert article.published == datetime(2023, 6, 14, 9, 15)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Container cranes stand idle at the eastern terminal on Tuesday.", "Jan de Vries/Harbour Times")
    ]
    assert article.credit_lines == ["Reporting by Maria Lopez; editing by Tom Becker"]
    assert article.body.startswith("ROTTERDAM — Thousands of dock workers")
    assert article.body.endswith("a matter for the port and its employees.")
    for chrome in ("Advertisement", "Read more:", "Share this", "says:", "everyone knew it", "©", "Privacy"):
        assert chrome not in article.body
    assert_offsets_slice_the_input(article, source)


def test_held_out_page_with_bulleted_menu_and_role_line():
    article, source = read_text(PAGES / "valleyherald-school-board.txt")
    assert article.headline == "School board approves later start times for high schools"
    assert article.authors == ["Jenna Park"]
    assert article.outlet == "Valley Herald"
    assert article.section == "Education"
    assert article.updated == datetime(2024, 3, 3, 17, 41)
    assert article.captions[0].credit == "Valley Herald"
    assert article.credit_lines == ["The Associated Press contributed to this report."]
    assert article.body.startswith("The Valley Unified School Board voted 5-2")
    assert article.body.endswith("get home too late in winter.")
    assert "Share on" not in article.body and "Most Read" not in article.body
    assert_offsets_slice_the_input(article, source)


@pytest.mark.parametrize("name", ["newsfront-homepage.txt", "notfound.txt"])
def test_pages_without_a_story_get_no_invented_body(name):
    article, _ = read_text(PAGES / name)
    assert article.body == ""


def test_clean_article_passes_through_untouched():
    """A clean WikiNews article (title, date, paragraphs) loses nothing of its story."""
    path = next(SAMPLES.glob("wikinews-*.txt"))
    article, source = read_text(path)
    title, date_line, story = source.strip().split("\n\n", 2)
    assert str(article.published.year) in date_line
    assert article.headline == title
    assert article.published is not None and article.published.year >= 2000
    assert article.body == story.strip()
    assert_offsets_slice_the_input(article, source)


def test_hard_wrapped_text_keeps_paragraphs_whole():
    paragraph = (
        "The harbour master said the channel would reopen on Friday once divers had\n"
        "cleared the wreck, which sank during the storm on Tuesday night with no one\n"
        "on board, and that ferries would run on a reduced timetable until then.\n"
    )
    days = ("Friday", "Saturday", "Sunday", "Monday")
    text = "Channel to reopen after storm\n\n" + "\n".join(paragraph.replace("Friday", day) for day in days)
    article = read_page(RawInput(source="wrapped.txt", data=text.encode(), kind="text"))
    assert article.headline == "Channel to reopen after storm"
    assert len(article.paragraphs) == 4
    assert_offsets_slice_the_input(article, text)


def test_crlf_line_endings_keep_offsets_exact():
    text = SEED.read_text().replace("\n", "\r\n")
    article = read_page(RawInput(source="crlf.txt", data=text.encode(), kind="text"))
    assert article.body.startswith("Russia and Ukraine failed")
    assert "\r" not in article.body
    assert_offsets_slice_the_input(article, text)


def test_gallery_captions_bare_credits_and_staff_bylines_are_cut():
    text = (
        "Moon landers picked\n\n"
        "NASA has picked five companies to build private moon landers for future missions, the agency said.\n\n"
        "An artist's concept of a lunar lander.\n(Image credit: Blue Origin)\n\n"
        "The companies will compete for contracts worth billions of dollars over the next ten years, officials said.\n\n"
        "Image 2 of 5\n2of5A shopper looks at extension cords at a hardware store.\n\n"
        "By HNN Staff | November 18, 2019 at 2:26 PM HST\n\n"
        "The agency hopes to land the first of the new craft near the lunar south pole within three years, he said.\n"
    )
    article = read_page(RawInput(source="gallery.txt", data=text.encode(), kind="text"))
    assert [(c.text, c.credit) for c in article.captions] == [
        ("An artist's concept of a lunar lander.", "Blue Origin"),
        ("A shopper looks at extension cords at a hardware store.", None),
    ]
    assert [p.text[:12] for p in article.paragraphs] == ["NASA has pic", "The companie", "The agency h"]
    assert "Image 2 of 5" in article.removed


def test_lines_the_page_repeats_are_not_story():
    story = [
        f"Paragraph {n} of the report says the river rose by {n} metres overnight, officials said." for n in range(5)
    ]
    menu = ["Weather", "Weather radar", "Traffic"]
    text = "\n".join([*menu, "Flood warning issued", *story, *menu, "Flood warning issued"])
    article = read_page(RawInput(source="repeat.txt", data=text.encode(), kind="text"))
    assert article.body.split("\n\n") == story


def test_text_without_spaces_between_words_is_read():
    """Japanese prose has no spaces: its length is counted in characters, not space-separated words."""
    story = [
        "東京都は月曜日、新しい防災計画を発表し、首都直下地震への備えを強化する方針を示した。",
        "計画では、避難所の数を増やすとともに、食料や水の備蓄を三日分から七日分に拡大する。",
        "知事は記者会見で、都民一人ひとりが日頃から備えることが大切だと述べた。",
        "専門家は、計画の実現には区や市との連携が欠かせないと指摘している。",
    ]
    text = "\n".join(["ホーム", "ニュース", "防災計画を発表", *story, "ページの先頭へ"])
    article = read_page(RawInput(source="ja.txt", data=text.encode(), kind="text"))
    assert article.body.split("\n\n") == story
    assert article.headline == "防災計画を発表"


def test_question_headline_standfirst_and_split_byline_stay_out_of_the_body():
    text = (
        "Is football violence a crime?\n\n"
        "Assaults on the field have led to lawsuits before. Criminal charges are another matter.\n\n"
        "By\nRandy Maniloff\n\n"
        "Assaults on the field have led to lawsuits before, and a prosecutor would find a charge hard to prove, "
        "lawyers said on Tuesday.\n\n"
        "The league suspended the player for the rest of the season after the fight, which broke out in the "
        "final seconds of the game.\n"
    )
    article = read_page(RawInput(source="q.txt", data=text.encode(), kind="text"))
    assert article.headline == "Is football violence a crime?"
    assert article.authors == ["Randy Maniloff"]
    assert article.body.startswith("Assaults on the field have led to lawsuits before, and")
    assert len(article.paragraphs) == 2


def test_story_start_after_an_opening_dateline():
    from newsgraph.page.dateline import story_start

    assert story_start("TEL AVIV, March 11 - The fund warned.") == len("TEL AVIV, March 11 - ")
    assert story_start("MOSCOW (Reuters) - Russia said.") == len("MOSCOW (Reuters) - ")
    assert story_start("Officials said: more rain.") is None
    assert story_start("UPDATE: the fund warned.") is None  # a colon after capitals is as often a label
    assert story_start("WASHINGTON — The fund warned.") == len("WASHINGTON — ")  # a known place, undated
    assert story_start("GAZA CITY - Rockets fell.") == len("GAZA CITY - ")
    assert story_start("WHY TURNOUT FELL - Jane Roe said.") is None  # capitals that name no place: a kicker
    # agency copy adds the year, and sometimes the country
    assert story_start("MOSCOW, Aug 8, 2008 (AFP) - Russia said.") == len("MOSCOW, Aug 8, 2008 (AFP) - ")
    assert story_start("GOMA, DR Congo, Oct 27, 2008 (Reuters) - UN said.") == len(
        "GOMA, DR Congo, Oct 27, 2008 (Reuters) - "
    )
