"""Why a row was rejected or failed, in words an operator reads (the API's code stays in exports).

APIs answer with codes (`region_blocked`, `queue_unavailable`) and messages written for
developers ("retry this row with the same distinctId"). The Report and Review steps show
`plain_reason(...)`; the CSV/Excel exports and the journal keep the raw code and message, so
support can still see exactly what the API said.
"""

from __future__ import annotations

import re

from app.core.fields import SCHEMAS
from app.core.phrases import Phrase

# Codes whose meaning is known, with what the operator can do about it.
KNOWN_CODES: dict[str, Phrase] = {
    "queue_unavailable": Phrase(
        "The destination could not take the row just then (its queue was unavailable), so "
        "it was not stored. Send the failed rows again later."
    ),
    "queue_saturated": Phrase("The destination was too busy to take the row. Send it again later."),
    "rate_limited": Phrase(
        "The destination asked Backfill to slow down and the row was not stored."
    ),
}
_CODE_PREFIX = re.compile(r"^\s*([a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+_?[0-9]+)\s*:\s*")
_CODE_ONLY = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")


def field_labels() -> dict[str, str]:
    """API field names (external_user_id, distinctId, …) → what the Map step calls them."""
    labels: dict[str, str] = {}
    for schema in SCHEMAS.values():
        for spec in schema.fields:
            # Only names that look technical: plain words such as "name" or "email" stay.
            if "_" in spec.name or re.search(r"[a-z][A-Z]", spec.name):
                labels.setdefault(spec.name, spec.label)
    return labels


def humanise_code(code: str) -> str:
    """ "region_blocked" → "Region blocked"."""
    words = code.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else ""


def plain_reason(code: str | None, message: str | None) -> str:
    """The reason in plain words: known codes explained, code prefixes and API field names
    replaced ("distinctId" → "Distinct ID"). Never empty when code or message is set."""
    return str(reason_words(code, message))


def reason_words(code: str | None, message: str | None) -> str | Phrase:
    """`plain_reason`, with Backfill's own sentences as a `Phrase` the UI can translate (the
    API's own message stays as the server wrote it)."""
    code = (code or "").strip()
    text = (message or "").strip()
    prefix = _CODE_PREFIX.match(text)
    if prefix:
        code = code if code and code != "transient" else prefix.group(1)
        text = text[prefix.end() :].strip()
    if code in KNOWN_CODES:
        return KNOWN_CODES[code]
    if not text or text == code or _CODE_ONLY.fullmatch(text):
        # Only a code to go on: say who refused it, with the code in words.
        return Phrase.of(
            "Refused by the destination ({code})", code=humanise_code(text or code).lower()
        )
    for name, label in field_labels().items():
        text = re.sub(rf"\b{re.escape(name)}\b", label, text)
    return text[:1].upper() + text[1:] if text else ""
