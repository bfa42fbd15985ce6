"""Bytes to text (crawler/fetch/encoding.py): valid text is never refused, mojibake never stored."""

import pytest

from crawler.fetch.encoding import DecodeError, decode_html

# Real text whose symbols charset_normalizer's mess ratio scores as mojibake (0.6).
FORMULAS = ("<p>The proof bounds ∑ x² ≤ ∫ f(x) dx ≈ π·r² ± √2, with ∂/∂t ∇·E = ρ/ε₀ "
            "and → ∞ for ∀ε>0 ∃δ.</p>") * 20


@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", "text/html", None])
def test_valid_utf8_is_never_refused_whatever_its_symbols(content_type):
    body = f"<html><head><meta charset='utf-8'></head><body>{FORMULAS}</body></html>".encode()
    text, encoding = decode_html(body, content_type)
    assert (text, encoding) == (body.decode("utf-8"), "utf-8")


def test_a_byte_order_mark_the_body_does_not_match_falls_back_to_the_other_candidates():
    # A UTF-8 BOM glued in front of a Latin-1 page (a CMS template did it).
    page = "<html><head><meta charset='iso-8859-1'></head><body><p>Café à la crème, déjà vu.</p></body></html>"
    text, encoding = decode_html(b"\xef\xbb\xbf" + page.encode("latin-1"), "text/html")
    assert text == page and encoding in ("iso-8859-1", "cp1252")


def test_a_matching_byte_order_mark_still_wins():
    page = "<html><body><p>Straße über Köln</p></body></html>"
    assert decode_html(b"\xef\xbb\xbf" + page.encode("utf-8")) == (page, "utf-8")
    assert decode_html(b"\xff\xfe" + page.encode("utf-16-le")) == (page, "utf-16-le")


def test_utf8_read_as_latin1_mojibake_is_still_refused_or_repaired_never_stored_as_is():
    # Declared Latin-1, but the bytes are UTF-8: decoding as declared would give "StraÃŸe".
    page = "<html><body><p>Straße über Köln, wo die Brücke steht.</p></body></html>"
    text, encoding = decode_html(page.encode("utf-8"), "text/html; charset=iso-8859-1")
    assert text == page and encoding == "utf-8"


def test_bytes_that_are_not_text_are_refused():
    with pytest.raises(DecodeError):
        decode_html(bytes(range(128, 256)) * 64, "text/html; charset=utf-8")
