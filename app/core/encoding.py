"""Text encoding detection for delimited files: BOMs, UTF-16 without BOM, UTF-8, then cp1252.

The rule, in order: a UTF-8 or UTF-16 byte-order mark wins; a file whose every other byte is
NUL is UTF-16 without a BOM; bytes that decode as UTF-8 are UTF-8; anything else is read as
Windows-1252 (what Excel on Windows writes for "CSV"), or Latin-1 when cp1252 has no character
for a byte. The chosen name is reported to the operator so a wrong guess is visible.
"""

from __future__ import annotations

from dataclasses import dataclass

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_LE_BOM = b"\xff\xfe"
UTF16_BE_BOM = b"\xfe\xff"


@dataclass(frozen=True)
class DecodedText:
    """A file's bytes re-encoded as UTF-8 (BOM removed) plus the encoding they were read as."""

    utf8: bytes
    encoding: str


def _utf16_without_bom(head: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when NULs sit on every other byte (ASCII-heavy UTF-16)."""
    sample = head[:4096]
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def detect_encoding(data: bytes) -> str:
    """Name of the encoding `data` is most plausibly written in (see the module rule)."""
    if data.startswith(UTF8_BOM):
        return "utf-8-sig"
    if data.startswith(UTF16_LE_BOM) or data.startswith(UTF16_BE_BOM):
        return "utf-16"
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    if data.isascii():
        return "utf-8"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def decode_to_utf8(data: bytes, encoding: str | None = None) -> DecodedText:
    """Re-encode `data` as UTF-8 without BOM, detecting the encoding unless one is given.

    Raises UnicodeDecodeError / LookupError when an explicitly given encoding does not fit.
    """
    chosen = encoding or detect_encoding(data)
    normal = chosen.lower().replace("_", "-")
    if normal in ("utf-8", "utf8") and encoding is None:
        return DecodedText(data, "utf-8")
    if normal in ("utf-8", "utf8"):
        data.decode("utf-8")  # an explicit choice must still be valid
        return DecodedText(data[3:] if data.startswith(UTF8_BOM) else data, "utf-8")
    if normal in ("utf-8-sig", "utf8-sig"):
        body = data[3:] if data.startswith(UTF8_BOM) else data
        body.decode("utf-8")
        return DecodedText(body, "utf-8-sig")
    text = data.decode(chosen)
    if text.startswith("\ufeff"):
        text = text[1:]
    return DecodedText(text.encode("utf-8"), chosen)
