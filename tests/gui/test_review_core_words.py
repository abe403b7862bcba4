"""The core's words on the Review and Report steps in German: every template the checks and the
report's reasons hand the UI is in a catalog and translated; a validation's groups, a far-out
date, a typed property, the report's reasons and the summary line read in German, while the
English the CLI, journal and exports get is unchanged."""

from __future__ import annotations

import ast
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from app.core.fields import get_schema
from app.core.mapping import suggest_mapping
from app.core.reasons import plain_reason, reason_words
from app.core.table import SourceInfo, Table
from app.core.validate import validate
from app.ui.texts import translate
from app.ui.words import map_words, review_lines, review_words
from app.ui.words.report_lines import reason_text, row_ranges, summary_words

CORE = Path(__file__).resolve().parents[2] / "app" / "core"
# Files whose Phrases Review and Report show (the Map step's are checked by test_map_translated).
REVIEW_CORE = (
    "checks.py",
    "timestamp_checks.py",
    "issues.py",
    "reasons.py",
    "validation_pass.py",
)


def _templates() -> set[str]:
    """Literal templates of Phrase(…), Phrase.of(…) and TimestampField.phrase(…) calls."""
    found = set()
    for name in REVIEW_CORE:
        for node in ast.walk(ast.parse((CORE / name).read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            if called in ("Phrase", "of", "phrase", "counted") and literal and first.value:
                found.add(first.value)
    return found


def _counted() -> set[str]:
    """The plural templates review_words says in their form for a count."""
    tree = ast.parse(Path(review_words.__file__).read_text(encoding="utf-8"))
    counted = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_counted")
    return {
        key.value
        for node in ast.walk(counted)
        if isinstance(node, ast.Dict)
        for key in node.keys
        if isinstance(key, ast.Constant)
    }


def _table(columns: dict[str, list[str]]) -> Table:
    df = pd.DataFrame(columns, dtype="str")
    rows = list(range(2, len(df) + 2))
    return Table(df=df, row_numbers=rows, info=SourceInfo(path=Path("t.csv"), format="csv"))


def test_every_core_template_of_review_is_listed_and_translated(german):
    templates = _templates()
    assert len(templates) > 25  # the scan found the checks' phrases
    listed = set(review_words._words()) | set(map_words._words()) | _counted()
    assert not templates - listed, sorted(templates - listed)
    same = {"{first}, {rest}", "{problem} ({fix}?)"}  # only placeholders and punctuation
    untranslated = [t for t in templates - same if translate("CoreWords", t) == t]
    assert not untranslated, untranslated


def test_a_validation_reads_in_german_and_stays_english_for_the_cli(german):
    table = _table(
        {
            "id": ["u1", "", "u3", "u1"],
            "email": ["A@Example.com", "b@example.com", "not-an-email", "a@example.com"],
        }
    )
    result = validate(table, suggest_mapping(table, get_schema("vibefollow-users")).mapping)
    summaries = {g.code: g.summary for g in result.groups}
    assert summaries["invalid_email"] == "email is not a valid address"  # the CLI's English
    said = {g.code: review_lines.group_problem(g) for g in result.groups}
    assert said["invalid_email"] == "E-Mail ist keine gültige Adresse"
    assert said["missing"] == "Nutzer-ID ist leer"
    assert said["duplicate"].startswith("gleiche Angabe für Nutzer-ID wie eine frühere Zeile")
    detail = review_lines.group_detail(next(g for g in result.groups if g.code == "missing"))
    assert detail == "Nicht gesendet · Spalte „id“ · Zeile 3"
    assert review_lines.summary_line(result).startswith("4 Zeilen: 2 gültig, 2 ungültig")
    assert result.summary_line().startswith("4 rows: 2 valid, 2 invalid")


def test_timestamp_words_in_german(german):
    table = _table(
        {
            "user": ["u1", "u2", "u3"],
            "event": ["signed_up"] * 3,
            "when": ["2024-03-01 10:00", "2999-01-01 10:00", "yesterday-ish"],
        }
    )
    result = validate(table, suggest_mapping(table, get_schema("vibefollow-events")).mapping)
    said = {g.code: review_lines.group_problem(g) for g in result.groups}
    assert said["future_timestamp"] == "Zeitstempel liegt in der Zukunft"
    assert said["invalid_timestamp"].startswith("Zeitstempel ist kein Datum")


def test_the_reports_own_reasons_are_translated_the_servers_are_not(german):
    assert plain_reason("rate_limited", "") == (
        "The destination asked Backfill to slow down and the row was not stored."
    )
    assert reason_text("rate_limited", "").startswith("Das Ziel bat Backfill")
    assert reason_text("region_blocked", "") == "Vom Ziel abgelehnt (region blocked)"
    server = "external_user_id must be at least 1 character"
    assert reason_text("validation", server) == plain_reason("validation", server)
    assert isinstance(reason_words("validation", server), str)


def test_report_counts_and_rows_in_the_locale(german):
    assert row_ranges([3, 4, 5, 1200]) == "Zeilen 3–5, 1.200"
    job = SimpleNamespace(accepted=12283, rejected=88, failed=0, pending=0, invalid=9, excluded=0)
    words = summary_words(job, receipt_saved=True)  # type: ignore[arg-type]
    assert words == (
        "12.283 angenommen, 88 abgelehnt, 0 fehlgeschlagen, 9 nicht gesendet (ungültig) – "
        "Beleg gespeichert"
    )
    assert translate("ReportPage", "%Ln row(s)", None, 2) == "2 Zeilen"
