"""Bytes -> str with an explicit answer for every encoding problem.

Wire formats declare their charset (HTTP header, XML declaration, HTML meta);
JSON is UTF-8 by RFC 8259. Nothing here guesses: undeclared bytes must be
UTF-8 (a BOM for UTF-8/16/32 is honoured), a declared charset Python does not
know is `unknown_encoding`, and bytes invalid in their charset are
`bad_encoding`, never silently replaced.
"""

from __future__ import annotations

import codecs
import re

from wirewatch.ingest.formats.errors import BAD_ENCODING, UNKNOWN_ENCODING, ParseError

# Byte-order marks, longest first (UTF-32-LE's BOM starts with UTF-16-LE's).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_HTML_META_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9._:-]{1,40})", re.IGNORECASE
)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if the data starts with one."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def codec_name(charset: str) -> str:
    """The Python codec for a declared charset, or ParseError(unknown_encoding)."""
    try:
        return codecs.lookup(charset.strip().strip("\"'")).name
    except LookupError:
        raise ParseError(UNKNOWN_ENCODING, f"unknown charset {charset[:40]!r}") from None


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Decode strictly: BOM first, then the declared charset, else UTF-8."""
    encoding = bom_encoding(data) or (codec_name(charset) if charset else "utf-8")
    if encoding == "utf-8" and data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ParseError(
            BAD_ENCODING,
            f"invalid {exc.encoding} at byte {exc.start}"
            + ("" if charset else " (declare the charset if the text is not UTF-8)"),
        ) from None


def html_declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag near its top, if any."""
    match = _HTML_META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None
