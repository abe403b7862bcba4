"""Does a file list people (users) or things they did (events)? Decided from its columns.

The Map step (and the CLI) use this to pick a destination for a new file instead of keeping
whatever was used last, and the suggester uses it to distrust matches the file contradicts
(a users file's "Signup Date" is not when an event happened).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from app.core.phrases import Phrase
from app.core.table import Table

FileKind = Literal["user", "event"]
SAMPLE_ROWS = 500
_EMAIL = r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$"
_IDENTIFIER = r"[A-Za-z][A-Za-z0-9_ .:\-]{0,63}"
# Headers that name what happened (normalised: lower-case letters and digits only).
EVENT_HEADERS = frozenset(
    {"event", "eventname", "eventtype", "action", "activity", "what", "eventkey"}
)
# Headers that name when something happened (as opposed to a person's sign-up date).
EVENT_TIME_HEADERS = frozenset(
    {"timestamp", "occurredat", "eventtime", "eventdate", "happenedat", "ts", "sentat"}
)
USER_ID_HEADERS = frozenset(
    {
        "userid",
        "uid",
        "customerid",
        "clientid",
        "accountid",
        "memberid",
        "contactid",
        "externaluserid",
        "distinctid",
        "personid",
        "id",
        "user",
    }
)
# Headers that describe a person, not an occurrence.
PERSON_HEADERS = frozenset(
    {
        "fullname",
        "name",
        "firstname",
        "lastname",
        "surname",
        "email",
        "emailaddress",
        "phone",
        "company",
        "signupdate",
        "signedup",
        "signedupat",
        "registered",
        "birthday",
        "country",
        "plan",
    }
)


@dataclass(frozen=True)
class FileKindGuess:
    """What the file seems to list, and why (kind None when the columns do not tell)."""

    kind: FileKind | None
    why: Phrase

    @property
    def reason(self) -> str:
        """Why, in English (the CLI's words)."""
        return str(self.why)

    def describe(self) -> str:
        """ "people (users)" / "events" / "" for messages."""
        return {"user": "people (users)", "event": "events"}.get(self.kind or "", "")


def norm_header(name: str) -> str:
    """Comparison form of a header: lower-case letters (any script) and digits only."""
    return re.sub(r"[\W_]", "", name.casefold())


def _sample(df: pd.DataFrame, column: str) -> pd.Series:
    values = df[column].head(SAMPLE_ROWS).str.strip()
    return values[values.str.len() > 0]


def repeats(values: pd.Series) -> bool:
    """True when the values repeat a lot (a few names for many rows, like event names)."""
    return len(values) >= 5 and values.nunique() / len(values) <= 0.5


def mostly_distinct(values: pd.Series) -> bool:
    """True when almost every value is different (IDs, people's names, addresses)."""
    return len(values) >= 5 and values.nunique() / len(values) >= 0.9


def looks_like_people_names(values: pd.Series) -> bool:
    """ "Lena Okafor", "Dev Dubois": two or more capitalised words, nearly all different."""
    if len(values) < 5:
        return False
    words = values.str.fullmatch(r"[^\W\d_][^\s\d]*(?:[ '\-][^\W\d_][^\s\d]*)+").mean()
    return bool(words >= 0.8 and mostly_distinct(values))


def _names_events(values: pd.Series) -> bool:
    """Identifier-like words, not people's names: what an event column holds."""
    if values.empty or looks_like_people_names(values):
        return False
    return bool(values.str.fullmatch(_IDENTIFIER).mean() >= 0.9)


def infer_file_kind(table: Table) -> FileKindGuess:
    """Users or events, from the headers and the values of the first rows."""
    df = table.df
    headers = table.headers
    norms = {h: norm_header(h) for h in headers}
    samples = {h: _sample(df, h) for h in headers}
    for h in headers:
        if norms[h] in EVENT_HEADERS and _names_events(samples[h]):
            return FileKindGuess(
                "event", Phrase.of("the column '{column}' names what happened", column=h)
            )
    ids = [h for h in headers if norms[h] in USER_ID_HEADERS and not samples[h].empty]
    times = [h for h in headers if norms[h] in EVENT_TIME_HEADERS]
    if ids and times and repeats(samples[ids[0]]):
        return FileKindGuess(
            "event",
            Phrase.of(
                "the same values in '{ids}' come back on many rows, each with a '{times}'",
                ids=ids[0],
                times=times[0],
            ),
        )
    emails = [
        h
        for h in headers
        if not samples[h].empty and samples[h].str.fullmatch(_EMAIL).mean() >= 0.9
    ]
    unique_ids = [h for h in ids if mostly_distinct(samples[h])]
    person = [h for h in headers if norms[h] in PERSON_HEADERS]
    if unique_ids and (emails or person):
        about = (
            Phrase.of("'{column}' holds e-mail addresses", column=emails[0])
            if emails
            else Phrase.of("'{column}' describes a person", column=person[0])
        )
        return FileKindGuess(
            "user",
            Phrase.of(
                "each row has its own '{ids}' and {about}: one row per person",
                ids=unique_ids[0],
                about=about,
            ),
        )
    if emails and mostly_distinct(samples[emails[0]]) and not times:
        return FileKindGuess(
            "user", Phrase.of("each row has its own e-mail address in '{column}'", column=emails[0])
        )
    return FileKindGuess(
        None, Phrase("the columns do not say whether the rows are people or events")
    )


def destination_for(kind: FileKind | None, current: str) -> str:
    """The destination a new file of this kind should go to: `current` when it takes that
    kind of record (or the kind is unknown), else the first destination that does."""
    from app.core.fields import SCHEMAS

    if kind is None or current not in SCHEMAS or SCHEMAS[current].record_kind == kind:
        return current
    vendor = SCHEMAS[current].vendor
    same_vendor = [s.id for s in SCHEMAS.values() if s.record_kind == kind and s.vendor == vendor]
    any_vendor = [s.id for s in SCHEMAS.values() if s.record_kind == kind]
    return (same_vendor or any_vendor or [current])[0]
