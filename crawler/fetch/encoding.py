"""Bytes -> text for HTML pages, correct or refused: never mojibake.

Pages lie about their encoding. Candidates are tried in order of
reliability, and a candidate is accepted only if it decodes strictly and the
result reads like text (charset_normalizer's mess ratio, no NULs):
BOM; UTF-16 by its byte pattern; UTF-8 (valid UTF-8 with non-ASCII bytes is
almost never an accident); the HTTP charset; the <meta> charset; UTF-8 with a
few invalid bytes dropped; then charset_normalizer's detection. A page that
none of them decodes cleanly is refused (DecodeError -> skip/decode_error).

Valid UTF-8 is accepted without the mess test: the mess ratio misjudges
real text (emoji, symbols, mixed scripts) and strict UTF-8 is already the
strongest evidence there is. A BOM the body does not match is a lie like
any other declaration: the other candidates are tried.
"""

from __future__ import annotations

import re

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding

MAX_MESS = 0.1  # mojibake scores 0.3 and up; clean text in any script about 0
SAMPLE = 64 * 1024  # characters judged; enough to tell, cheap on 5 MB pages
_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b", b"BZh",
          b"\x7fELF", b"RIFF", b"OggS", b"ID3", b"\x00\x00\x01\x00", b"wOFF", b"\xfd7zXZ")
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f]")
_CONTROL_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


class DecodeError(ValueError):
    pass


def looks_binary(body: bytes) -> bool:
    """A file format's magic number, or control bytes that no text has."""
    head = body[:4096]
    if head.startswith(_MAGIC):
        return True
    if read_bom(head)[0] or _utf16_by_pattern(head):
        return False
    return len(_CONTROL.findall(head)) > len(head) * 0.01


def _utf16_by_pattern(head: bytes) -> str | None:
    """UTF-16 without BOM: ASCII markup and spaces leave NULs on one side only."""
    sample = head[:2048]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.2 and even <= half * 0.02:
        return "utf-16-le"
    if even > half * 0.2 and odd <= half * 0.02:
        return "utf-16-be"
    return None


def reads_as_text(text: str) -> bool:
    """No NUL run (the mark of UTF-16 read as bytes) and no mojibake. A few
    stray control characters are the page's fault, not the decoding's: they
    are judged without, and removed before parsing (cleaners/extract.py)."""
    sample = text[:SAMPLE]
    if sample.count("\x00") > len(sample) * 0.01:
        return False
    return mess_ratio(_CONTROL_TEXT.sub("", sample), maximum_threshold=1.0) < MAX_MESS


def _strict(body: bytes, encoding: str | None) -> str | None:
    codec = resolve_encoding(encoding) if encoding else None
    if not codec:
        return None
    try:
        text = body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    if codec == "utf-8":
        sample = text[:SAMPLE]
        return text if sample.count("\x00") <= len(sample) * 0.01 else None
    return text if reads_as_text(text) else None


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, encoding) of an HTML body, or DecodeError."""
    if not body:
        return "", "utf-8"
    bom_encoding, bom = read_bom(body)
    if bom_encoding:
        text = _strict(body[len(bom):], bom_encoding)
        if text is not None:
            return text, bom_encoding
        body = body[len(bom):]  # a wrong BOM: judge the rest like any page
    head = body[:4096]
    candidates = [
        _utf16_by_pattern(head),
        "utf-8",
        http_content_type_encoding(content_type) if content_type else None,
        html_body_declared_encoding(head),
    ]
    for encoding in dict.fromkeys(c for c in candidates if c):
        text = _strict(body, encoding)
        if text is not None:
            return text, encoding
    # Mostly UTF-8 with some broken bytes: drop those bytes, keep the text. A
    # Latin-1 page has no valid multi-byte sequences, so it never gets here.
    lenient = body.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    if broken and len(_UTF8_MULTIBYTE.findall(body)) >= 2 * broken:
        text = lenient.replace("\ufffd", "")
        if reads_as_text(text):
            return text, "utf-8"
    guess = from_bytes(body[: 4 * SAMPLE]).best()
    if guess is not None:
        text = _strict(body, guess.encoding)
        if text is not None:
            return text, guess.encoding
    raise DecodeError("no encoding decodes this page without mojibake")
