"""Plain-text pages: the story cut out of text scraped with the site's menus and footer still in it."""

from newsgraph.page.text.reader import read_text_page

__all__ = ["read_text_page"]
