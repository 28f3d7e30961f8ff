"""Bytes to text: empty, binary, legacy encodings, mojibake."""

from __future__ import annotations

import pytest

from newsgraph.errors import InputError
from newsgraph.page.decode import decode

FRENCH = "Le café de la rue de la Paix a rouvert mardi, selon son propriétaire. Crème brûlée à volonté. "


@pytest.mark.parametrize("data,reason", [(b"", "empty"), (b"  \n\t ", "empty"), (bytes(range(256)) * 40, "binary")])
def test_empty_and_binary_input_are_refused(data, reason):
    with pytest.raises(InputError) as caught:
        decode("x.txt", data)
    assert caught.value.reason == reason


def test_windows_1252_text_is_detected():
    assert decode("x.txt", (FRENCH * 3).encode("cp1252")) == FRENCH * 3


def test_html_declared_charset_is_used():
    html = f'<html><head><meta charset="iso-8859-1"></head><body>{FRENCH}</body></html>'
    assert FRENCH in decode("x.html", html.encode("latin-1"))


def test_mojibake_is_repaired_and_clean_text_kept_verbatim():
    assert decode("x.txt", "The minister didnâ€™t say when.".encode()) == "The minister didn’t say when."
    clean = "“Quoted” text — with dashes and ‘curly’ quotes stays as it is."
    assert decode("x.txt", clean.encode()) == clean


def test_utf16_with_bom():
    assert decode("x.txt", "Hello world, this is text.".encode("utf-16")) == "Hello world, this is text."
