"""Auto-matching a file's columns to a destination's fields: a best-guess mapping with the
confidence of each choice and why, and notes on how numeric date columns are read."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from rapidfuzz import fuzz, process

from app.core.fields import DestinationSchema, FieldSpec
from app.core.file_kind import (
    EVENT_TIME_HEADERS,
    FileKindGuess,
    infer_file_kind,
    looks_like_people_names,
    mostly_distinct,
)
from app.core.mapping.model import ExtraColumn, FieldSource, Mapping, norm_header
from app.core.phrases import Phrase, sentences
from app.core.report import report_extra_columns
from app.core.table import Table
from app.core.timestamps import date_order_evidence, parse_timestamps
from app.core.transforms import sniff_value_type
from app.core.value_readings import table_number_reading

SYNONYMS: dict[str, tuple[str, ...]] = {
    "user_id": (
        "user id",
        "userid",
        "user",
        "uid",
        "customer id",
        "customer_id",
        "customer",
        "client id",
        "account id",
        "member id",
        "contact id",
        "external user id",
        "external_user_id",
        "external id",
        "distinct id",
        "distinctid",
        "person id",
        "id",
    ),
    "event": (
        "event",
        "event name",
        "event_name",
        "name",
        "action",
        "activity",
        "event type",
        "type",
        "what",
        "event_type",
    ),
    "timestamp": (
        "timestamp",
        "time",
        "when",
        "date",
        "datetime",
        "occurred at",
        "occurred_at",
        "created at",
        "created_at",
        "event time",
        "event date",
        "ts",
        "date time",
        "happened at",
        "sent at",
    ),
    "email": ("email", "e-mail", "email address", "mail", "e mail", "user email"),
}
FIELD_ROLES: dict[str, str] = {
    "external_user_id": "user_id",
    "distinctId": "user_id",
    "user_id": "user_id",
    "name": "event",
    "event": "event",
    "timestamp": "timestamp",
    "email": "email",
}
# How a day/month order is said ("Dates in 'Signed up' are read day-first (DD/MM).").
ORDER_WORDS = {"day_first": "day-first (DD/MM)", "month_first": "month-first (MM/DD)"}
_EMAIL_LIKE = r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$"


@dataclass(frozen=True)
class FieldSuggestion:
    """Why a column was chosen for a field, and how sure the guess is."""

    field: str
    column: str | None
    confidence: float  # 0..1
    word: str  # exact | likely | guess | none
    why: Phrase

    @property
    def reason(self) -> str:
        """Why, in English (the CLI's words)."""
        return str(self.why)


@dataclass(frozen=True)
class DateNote:
    """How an ambiguous (or decided) numeric date column is read, with a before/after sample."""

    field: str
    column: str
    order: str  # day_first | month_first
    ambiguous: bool
    why: Phrase
    samples: tuple[tuple[str, str], ...]  # (as written, as read)
    alternative: tuple[tuple[str, str], ...]  # the same samples read the other way

    @property
    def message(self) -> str:
        """How the dates are read, in English (the CLI's words)."""
        return str(self.why)


@dataclass(frozen=True)
class MappingSuggestion:
    """An auto-built mapping plus the confidence of each choice."""

    mapping: Mapping
    fields: dict[str, FieldSuggestion]
    date_notes: tuple[DateNote, ...] = ()
    file_kind: FileKindGuess | None = None  # what the file seems to list (users or events)

    def confidence(self, field_name: str) -> float:
        """0..1 confidence of the suggestion for `field_name`."""
        return self.fields[field_name].confidence


def _word(confidence: float) -> str:
    if confidence >= 0.95:
        return "exact"
    if confidence >= 0.75:
        return "likely"
    if confidence > 0:
        return "guess"
    return "none"


def _sample(df: pd.DataFrame, column: str, size: int = 200) -> pd.Series:
    values = df[column].head(size).str.strip()
    return values[values.str.len() > 0]


def _value_score(spec: FieldSpec, sample: pd.Series) -> float:
    """How much the values look like this field (0..1)."""
    if sample.empty:
        return 0.0
    if spec.kind == "email":
        return float(sample.str.fullmatch(_EMAIL_LIKE).mean())
    if spec.kind == "timestamp":
        parsed = parse_timestamps(sample)
        return float(parsed.ok.mean())
    role = FIELD_ROLES.get(spec.name)
    if len(sample) < 5:
        return 0.0  # too few values to judge by content
    distinct = sample.nunique() / len(sample)
    if role == "event":
        # Event names: identifier-like words repeated across rows.
        looks = sample.str.fullmatch(r"[A-Za-z][A-Za-z0-9_ .:\-]{0,63}").mean()
        return 0.5 if looks >= 0.9 and distinct <= 0.5 else 0.0
    if role == "user_id":
        # IDs: no spaces, mostly distinct.
        looks = sample.str.fullmatch(r"[A-Za-z0-9_.:@+\-]{1,64}").mean()
        return 0.45 if looks >= 0.95 and distinct > 0.5 else 0.0
    return 0.0


def _name_score(spec: FieldSpec, header: str) -> tuple[float, Phrase | None]:
    """Name similarity (0..1) and how it was found."""
    norm = norm_header(header)
    label = Phrase(spec.label)
    if not norm:
        return 0.0, None
    if norm == norm_header(spec.name) or norm == norm_header(spec.label):
        return 1.0, Phrase.of("the header '{header}' is the field's name", header=header)
    role = FIELD_ROLES.get(spec.name, spec.name)
    synonyms = SYNONYMS.get(role, ())
    norms = {norm_header(s): s for s in synonyms}
    if norm in norms:
        # Generic words ("id", "name", "type", "date") are weaker evidence than specific ones.
        weak = norm in {"id", "name", "type", "date", "time", "user", "what", "mail"}
        why = Phrase.of("'{header}' is a common name for {field}", header=header, field=label)
        return (0.8 if weak else 0.92), why
    candidates = [norm_header(spec.name), norm_header(spec.label), *norms]
    best = process.extractOne(norm, candidates, scorer=fuzz.ratio)
    if best is None:
        return 0.0, None
    score = best[1] / 100
    if score >= 0.8:
        return 0.6 + (score - 0.8), Phrase.of(
            "'{header}' looks like {field}", header=header, field=label
        )
    return 0.0, None


def contradiction(
    spec: FieldSpec, header: str, sample: pd.Series, file_kind: FileKindGuess | None
) -> Phrase | None:
    """Why the values (or the kind of file) say `header` is not really `spec` (None if nothing).

    A header can match a field's name while its values say otherwise: a "Name" column of
    people's names is not an event name, and in a file of users a date is when they signed
    up, not when an event happened.
    """
    role = FIELD_ROLES.get(spec.name)
    kind = file_kind.kind if file_kind is not None else None
    if role == "event":
        if not sample.empty and sample.str.fullmatch(_EMAIL_LIKE).mean() >= 0.5:
            return Phrase("its values are e-mail addresses, not event names")
        if looks_like_people_names(sample):
            return Phrase("its values look like people's names, not event names")
        if len(sample) >= 20 and mostly_distinct(sample):
            return Phrase("almost every value is different, unlike event names")
        if kind == "user":
            return Phrase("the file lists people, not things they did")
    if (
        spec.kind == "timestamp"
        and kind == "user"
        and norm_header(header) not in EVENT_TIME_HEADERS
    ):
        return Phrase(
            "the file lists people, so these dates are likely about the person, not an event"
        )
    return None


def suggest_mapping(table: Table, schema: DestinationSchema) -> MappingSuggestion:
    """Best-guess mapping for `table` with per-field confidence and date-reading notes."""
    headers = table.headers
    file_kind = infer_file_kind(table)
    # A re-imported rejection report: Backfill's own Row/Field/Code/Reason/State columns are
    # never data, so they are neither candidates for a field nor sent as properties.
    report_columns = report_extra_columns(headers)
    samples = {h: _sample(table.df, h) for h in headers if h not in report_columns}
    candidates: list[_Candidate] = []
    for spec in schema.fields:
        for header, sample in samples.items():
            score, why = _score(spec, header, sample, file_kind)
            if score > 0:
                candidates.append(_Candidate(score, spec.name, header, why))
    candidates.sort(key=lambda c: (-c.score, headers.index(c.column)))
    chosen: dict[str, FieldSuggestion] = {}
    used: set[str] = set()
    for c in candidates:
        if c.field in chosen or c.column in used:
            continue
        chosen[c.field] = FieldSuggestion(
            c.field, c.column, round(c.score, 2), _word(c.score), c.why
        )
        used.add(c.column)
    fields: dict[str, FieldSource] = {}
    notes: list[DateNote] = []
    for spec in schema.fields:
        suggestion = chosen.get(spec.name)
        if suggestion is None:
            chosen[spec.name] = FieldSuggestion(
                spec.name, None, 0.0, "none", Phrase("no matching column")
            )
            continue
        assert suggestion.column is not None
        fields[spec.name] = _field_source(table, spec, suggestion.column, notes)
    extras: dict[str, ExtraColumn] = {
        column: ExtraColumn(include=False) for column in report_columns
    }
    for header in headers:
        if header in used or header in report_columns:
            continue
        value_type = sniff_value_type(table_number_reading(table, header))
        if value_type != "text":
            extras[header] = ExtraColumn(value_type=value_type)
    mapping = Mapping(destination=schema.id, fields=fields, extras=extras)
    in_order = {spec.name: chosen[spec.name] for spec in schema.fields}
    return MappingSuggestion(
        mapping=mapping, fields=in_order, date_notes=tuple(notes), file_kind=file_kind
    )


@dataclass(frozen=True)
class _Candidate:
    """A column that could fill a field, with its score and why."""

    score: float
    field: str
    column: str
    why: Phrase


def _score(
    spec: FieldSpec, header: str, sample: pd.Series, file_kind: FileKindGuess | None
) -> tuple[float, Phrase]:
    """How well `header` (and its sampled values) fits `spec` (0..1), and why."""
    name_score, why = _name_score(spec, header)
    # "look like emails", "look like timestamps": the field's label as a plural noun.
    things = Phrase(f"{spec.label.lower()}s")
    value_score = _value_score(spec, sample)
    score = name_score
    if spec.kind in ("email", "timestamp"):
        if value_score >= 0.9:
            if name_score:
                score = max(name_score, min(1.0, name_score + 0.05))
            else:
                score = 0.7
                why = _values_look_like(header, things)
        elif why is not None and value_score < 0.5 and not sample.empty:
            score = name_score * 0.6
            why = Phrase.of(
                "{reason}, but few values look like {things}", reason=why, things=things
            )
    elif not name_score and value_score:
        score = value_score
        why = _values_look_like(header, things)
    doubt = contradiction(spec, header, sample, file_kind) if score > 0 else None
    if doubt is not None:
        # Still offered (the operator may know better), but never as "likely".
        score = min(score, 0.5)
        why = Phrase.of("{reason}, but {doubt}", reason=why or header, doubt=doubt)
    return score, why or Phrase("")


def _values_look_like(header: str, things: Phrase) -> Phrase:
    return Phrase.of("the values in '{header}' look like {things}", header=header, things=things)


def _field_source(table: Table, spec: FieldSpec, column: str, notes: list[DateNote]) -> FieldSource:
    """The suggested source of `spec` from `column`; a timestamp's date note joins `notes`."""
    transforms: tuple[str, ...] = ()
    options: dict[str, str] = {}
    if spec.kind in ("email", "text"):
        # Trimming loses nothing; lower-casing is left to the operator (a warning offers it).
        transforms = ("trim",)
    elif spec.kind == "timestamp":
        note = date_note(table.df[column], spec.name, column)
        if note is not None:
            notes.append(note)
            options["date_order"] = note.order
    return FieldSource.from_column(column, transforms=transforms, **options)


def date_note(
    values: pd.Series, field_name: str, column: str, order: str | None = None
) -> DateNote | None:
    """Describe how numeric dates in `values` are read (None when there are none).

    `order` forces a reading; by default the values decide, and when they cannot (every value
    reads both ways) day-first is chosen and the note says the column is ambiguous.
    """
    evidence = date_order_evidence(values)
    if evidence.numeric_dates == 0:
        return None
    chosen = order or evidence.decided or "day_first"
    other = "month_first" if chosen == "day_first" else "day_first"
    nonblank = values[values.str.strip().str.len() > 0]
    distinct = pd.Series(nonblank.unique()).head(50)
    parts = distinct.str.extract(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.]")
    numeric = (parts[0].notna()).to_numpy()
    # A sample that is no date either way (31/02/2024) shows nothing: it goes last.
    dated = (
        parse_timestamps(distinct, order=chosen).ok  # type: ignore[arg-type]
        | parse_timestamps(distinct, order=other).ok  # type: ignore[arg-type]
    )
    # Samples that read differently each way show the choice; 02/02/2024 shows nothing.
    differ = numeric & (parts[0].astype(float) != parts[1].astype(float)).to_numpy()
    values_list = distinct.tolist()
    ordered = [
        *(v for v, d, ok in zip(values_list, differ, dated, strict=True) if d and ok),
        *(
            v
            for v, n, d, ok in zip(values_list, numeric, differ, dated, strict=True)
            if n and not d and ok
        ),
    ][:3]
    never = [v for v, n, ok in zip(values_list, numeric, dated, strict=True) if n and not ok]
    if not ordered:
        ordered = never[:3]
    picks = pd.Series(ordered, dtype="str")
    read = parse_timestamps(picks, order=chosen)  # type: ignore[arg-type]
    alt = parse_timestamps(picks, order=other)  # type: ignore[arg-type]
    samples = tuple(zip(picks.tolist(), [_show(v) for v in read.iso], strict=True))
    alternative = tuple(zip(picks.tolist(), [_show(v) for v in alt.iso], strict=True))
    order_words = Phrase(ORDER_WORDS[chosen])
    if evidence.ambiguous:
        why = Phrase.of(
            "Every date in '{column}' could be day-first or month-first; reading them "
            "{order}. Switch if that is wrong.",
            column=column,
            order=order_words,
        )
    else:
        why = Phrase.of("Dates in '{column}' are read {order}.", column=column, order=order_words)
    if never:
        why = sentences(
            [
                why,
                Phrase.of(
                    "'{value}' is not a date either way; Review lists such rows.", value=never[0]
                ),
            ]
        )
    return DateNote(
        field=field_name,
        column=column,
        order=chosen,
        ambiguous=evidence.ambiguous,
        why=why,
        samples=samples,
        alternative=alternative,
    )


def _show(iso: str) -> str:
    return iso or "(not a date)"
