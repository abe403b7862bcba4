"""`backfill preview` and `backfill validate`: see exactly what Backfill reads, and what it would send.

Exit codes for validate: 0 every row valid, 1 some rows invalid, 2 unusable input (one line on
stderr saying why). Preview exits 0, or 2 when the file cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
import orjson

from app.cli.context import CliError
from app.cli.known_users import accepted_users, add_destination_options
from app.cli.output import closed_pipe_safe_stdio
from app.cli.pair import add_then_event_options
from app.cli.validate_pair import EventPart, check_event_part, json_event_part, say_event_part
from app.core.fields import DESTINATION_IDS, get_schema
from app.core.insight import Insight
from app.core.mapping import (
    Mapping,
    MappingSuggestion,
    ThenEvent,
    load_template,
    save_template,
    snake_case,
    suggest_mapping,
)
from app.core.number_dates import UNIT_WORDS
from app.core.report import refused_reasons, restore_report_cells
from app.core.sources import DELIMITER_NAMES, LoadError, load_table
from app.core.stream import SlicedFile, open_sliced
from app.core.table import Table
from app.core.tally import ValidationTally, validated_slices
from app.core.template_choice import choice_for
from app.core.timestamps import NUMERIC_DATES
from app.core.validate import IssueReport, MappingProblem
from app.core.value_maps import value_map_lines
from app.core.words import plural

EXIT_OK, EXIT_INVALID, EXIT_UNUSABLE = 0, 1, 2
TEXT_BINS = 24  # a terminal chart: one screen


def register(sub: argparse._SubParsersAction) -> None:
    """Add `preview` and `validate` to the parser."""
    preview = sub.add_parser(
        "preview",
        help="show what Backfill reads from a spreadsheet",
        description="Print the detected format, encoding, delimiter, sheet, headers and the "
        "first rows exactly as Backfill loaded them.",
    )
    _add_source_options(preview)
    preview.add_argument("--rows", type=int, default=20, metavar="N", help="rows to show (20)")
    preview.add_argument(
        "--json", action="store_true", help="print the rows as a JSON array of objects"
    )
    preview.set_defaults(handler=_closed_pipe_is_fine(run_preview))

    check = sub.add_parser(
        "validate",
        help="check a spreadsheet against a destination without sending anything",
        description="Map the columns (auto-suggested unless --mapping is given), validate every "
        "row and summarise the problems. Exit 0: all rows valid; 1: some rows invalid; "
        "2: the input cannot be used.",
    )
    _add_source_options(check)
    check.add_argument(
        "--destination",
        "-d",
        choices=DESTINATION_IDS,
        help="where the rows would go (default: the mapping file's destination)",
    )
    check.add_argument("--mapping", "-m", type=Path, help="a saved mapping template (JSON)")
    check.add_argument("--report", type=Path, help="write one CSV line per issue to this file")
    check.add_argument(
        "--save-mapping", type=Path, metavar="PATH", help="save the mapping used as a template"
    )
    add_timestamp_unit_option(check)
    add_then_event_options(check)
    add_destination_options(check)
    check.add_argument(
        "--json", action="store_true", help="print a machine-readable summary instead of text"
    )
    check.set_defaults(handler=_closed_pipe_is_fine(run_validate))


def add_timestamp_unit_option(parser: argparse.ArgumentParser) -> None:
    """`--timestamp-unit`: how a timestamp column of plain numbers is read (saved with
    --save-mapping like any mapping option)."""
    parser.add_argument(
        "--timestamp-unit",
        choices=NUMERIC_DATES,
        help="how plain numbers in the timestamp column are read: auto (by magnitude, the "
        "default), excel / excel_1904 (serial days), epoch_s, epoch_ms, epoch_us",
    )


def _closed_pipe_is_fine(handler: Callable[[argparse.Namespace], int]) -> Callable[..., int]:
    """`backfill validate big.csv | head`: when head stops reading, the output is dropped but
    the command runs to its end (its --report and --save-mapping files written) and keeps its
    exit code; no traceback."""

    def run(args: argparse.Namespace) -> int:
        with closed_pipe_safe_stdio():
            return handler(args)

    return run


def _add_source_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="CSV, TSV, TXT, XLSX, XLSM, XLS, ODS, JSON, NDJSON")
    parser.add_argument("--sheet", help="workbook sheet name (default: the first)")
    parser.add_argument(
        "--header-row", type=int, metavar="N", help="spreadsheet row with the column names"
    )
    parser.add_argument("--encoding", help="text encoding (default: detected)")
    parser.add_argument("--delimiter", help="field delimiter (default: detected)")


def _fail(reason: str) -> int:
    print(f"backfill: {reason}", file=sys.stderr)
    return EXIT_UNUSABLE


def _load(args: argparse.Namespace) -> Table:
    delimiter = args.delimiter
    if delimiter in ("\\t", "tab", "TAB"):
        delimiter = "\t"
    table = load_table(
        args.file,
        sheet=args.sheet,
        header_row=args.header_row,
        encoding=args.encoding,
        delimiter=delimiter,
    )
    return restore_report_cells(table)  # a rejection report: cells as first read


def describe_source(table: Table, sliced: SlicedFile | None = None) -> str:
    """One line: what was read and how (a file read in slices: its size, not its rows)."""
    info = table.info
    parts = [info.format.upper()]
    if info.encoding:
        parts.append(info.encoding)
    if info.delimiter:
        parts.append(f"{DELIMITER_NAMES.get(info.delimiter, repr(info.delimiter))}-delimited")
    if info.sheet:
        others = f" of {len(info.sheets)}" if len(info.sheets) > 1 else ""
        parts.append(f"sheet '{info.sheet}'{others}")
    if info.header_row:
        parts.append(f"header row {info.header_row}")
    rows, cols = len(table), len(table.headers)
    columns = f"{cols:,} column{'' if cols == 1 else 's'}"
    if sliced is not None and sliced.streamed:
        size = sliced.reading_words()
    else:
        size = f"{rows:,} row{'' if rows == 1 else 's'} × {columns}"
    return f"{info.path.name}: {', '.join(parts)}; {size}"


def run_preview(args: argparse.Namespace) -> int:
    """Print what was loaded."""
    try:
        table = _load(args)
    except LoadError as exc:
        return _fail(str(exc))
    count = max(args.rows, 0)
    head = table.df.head(count)
    if args.json:
        rows = head.to_dict("records")
        sys.stdout.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode() + "\n")
        return EXIT_OK
    print(describe_source(table))
    if table.info.sheets and len(table.info.sheets) > 1:
        print("Sheets: " + ", ".join(table.info.sheets))
    print("Headers: " + " | ".join(table.headers))
    for warning in table.warnings:
        print(f"Note: {warning}")
    widths = [min(max([len(h), *(len(v) for v in head[h])]), 30) for h in table.headers]
    print()
    print(
        "Row".rjust(6)
        + "  "
        + "  ".join(h[:30].ljust(w) for h, w in zip(table.headers, widths, strict=True))
    )
    for number, values in zip(table.row_numbers[:count], head.itertuples(index=False), strict=True):
        cells = [_cell(v)[:30].ljust(w) for v, w in zip(values, widths, strict=True)]
        print(f"{int(number):>6}  " + "  ".join(cells))
    if len(table) > count:
        more = len(table) - count
        print(f"… {more:,} more row{'s' if more != 1 else ''}")
    return EXIT_OK


def _cell(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def _open_sliced(args: argparse.Namespace) -> SlicedFile:
    delimiter = args.delimiter
    if delimiter in ("\\t", "tab", "TAB"):
        delimiter = "\t"
    return open_sliced(
        args.file,
        sheet=args.sheet,
        header_row=args.header_row,
        encoding=args.encoding,
        delimiter=delimiter,
    )


def _choose_mapping(
    args: argparse.Namespace, table: Table
) -> tuple[Mapping, str, MappingSuggestion | None, ThenEvent | None] | str:
    """(mapping, how it was chosen, the suggestion if any, the template's event part), or why
    none can be used."""
    if args.mapping is not None:
        template = load_template(args.mapping)
        if args.destination and args.destination != template.mapping.destination:
            return (
                f"the mapping {args.mapping.name} is for {template.mapping.destination}, "
                f"not {args.destination}."
            )
        # The same choice as the app's "Load template…": one rule for CLI and GUI.
        applied = choice_for(template, table.headers).application
        how = f"from {args.mapping.name}"
        if not applied.exact:
            how += f" ({applied.summary()})"
        return applied.mapping, how, None, applied.then_event
    if not args.destination:
        return "choose a destination with --destination (or give --mapping)."
    suggestion = suggest_mapping(table, get_schema(args.destination))
    return suggestion.mapping, "auto-suggested", suggestion, None


def run_validate(args: argparse.Namespace) -> int:
    """Map, validate (a slice at a time for a large file), summarise; exit 0/1/2."""
    try:
        sliced = _open_sliced(args)
    except LoadError as exc:
        return _fail(str(exc))
    first = sliced.first
    if len(first) == 0:
        return _fail(f"{first.info.path.name}: there are no data rows to validate.")
    try:
        chosen = _choose_mapping(args, first)
    except ValueError as exc:
        return _fail(str(exc))
    if isinstance(chosen, str):
        return _fail(chosen)
    mapping, how, suggestion, template_then = chosen
    if args.timestamp_unit:
        mapping = mapping.with_number_unit(args.timestamp_unit)
    try:
        part = check_event_part(
            args, mapping, template_then, list(first.headers), lambda: _open_sliced(args)
        )
    except CliError as exc:
        return _fail(str(exc))
    then = part.then if part is not None else None

    say = _quiet if args.json else print
    say(describe_source(first, sliced))
    for warning in sliced.warnings:
        say(f"Note: {warning}")
    schema = mapping.schema
    say(f"Destination: {schema.label} ({schema.id})")
    say(f"Mapping ({how}):")
    for line in describe_mapping(mapping, first, suggestion):
        say(f"  {line}")
    tally = ValidationTally(insight=Insight())
    refused: Counter[str] = Counter()
    try:
        lines = _validate_into_report(sliced, mapping, tally, args.report, refused)
    except MappingProblem as exc:
        return _fail(str(exc))
    except LoadError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(cannot_write(args.report, exc, "--report"))
    _say_findings(say, tally, refused)
    try:
        known, place = accepted_users(args, mapping.destination)
    except CliError as exc:
        return _fail(str(exc))
    _say_insight(say, tally, known, place)
    if part is not None:
        say_event_part(say, part.then, part.tally)
    if args.report is not None:
        say(f"Issue report: {args.report} ({lines:,} lines)")
    if args.save_mapping is not None:
        try:
            save_template(mapping, first.headers, args.save_mapping, then_event=then)
        except OSError as exc:
            return _fail(cannot_write(args.save_mapping, exc, "--save-mapping"))
        say(f"Mapping saved: {args.save_mapping}")
    if args.json:
        summary = _json_summary(first, sliced, mapping, tally, known, refused)
        _write_json(summary, mapping, part)
    invalid = tally.invalid + (part.tally.invalid if part is not None else 0)
    return EXIT_OK if invalid == 0 else EXIT_INVALID


def _write_json(summary: dict[str, object], mapping: Mapping, part: EventPart | None) -> None:
    """The summary on stdout, with the event part's (`then_event`) when there is one."""
    if part is not None:
        summary["then_event"] = json_event_part(mapping, part.then, part.tally)
    sys.stdout.write(orjson.dumps(summary, option=orjson.OPT_INDENT_2).decode() + "\n")


def _say_findings(say: Callable[..., None], tally: ValidationTally, refused: Counter[str]) -> None:
    """The summary, each group of problems (with its fix), the notes on how values were read,
    and the rows the destination refused before (as the Review step shows them)."""
    say()
    say(tally.summary_line())
    for group in tally.sorted_groups():
        mark = "✗" if group.severity == "error" else "!"
        fix = f"  [fix: {group.fix}]" if group.fix else ""
        say(f"  {mark} {group.message}{fix}")
    for note in tally.notes:
        say(f"Note: {note}")
    refused_line = refused_words(refused)
    if refused_line:
        say(
            f"{refused_line} Each row's reason is in the column “Reason”: correct the cells, "
            "then send the rows again."
        )


def _say_insight(
    say: Callable[..., None], tally: ValidationTally, known: np.ndarray | None, place: str
) -> None:
    """Who the valid rows are about and when (issue 13: seen before anything is sent); with
    `known` (users `place` accepted before), how many are new there."""
    if tally.timestamp_fixed_at:
        say(
            f"Timestamp: the file has no timestamp column, so every event is stamped "
            f"{tally.timestamp_fixed_at} (fixed now, so a retried upload is not counted twice)."
        )
    if tally.insight is None:
        return
    preview = tally.insight.preview(known)
    if preview.rows:
        say()
        for line in preview.lines(place or "this destination"):
            say(line)
    chart = tally.insight.timeline.histogram(max_bins=TEXT_BINS).text_lines()
    if chart:
        say()
        for line in chart:
            say(line)


def _validate_into_report(
    sliced: SlicedFile,
    mapping: Mapping,
    tally: ValidationTally,
    report: Path | None,
    refused: Counter[str],
) -> int:
    """Validate every slice, adding its issues to the report as it goes and the reasons of
    rows refused before to `refused`; returns the report's lines."""
    if report is None:
        for part in validated_slices(sliced, mapping, tally):
            refused.update(refused_reasons(part.table))
        return 0
    with IssueReport(report) as out:
        for part in validated_slices(sliced, mapping, tally):
            refused.update(refused_reasons(part.table))
            out.add(part.validation.issues)
        return out.lines


def refused_words(refused: Counter[str]) -> str | None:
    """The Review step's notice over rows refused before, in the CLI's words (None: none)."""
    if not refused:
        return None
    top = refused.most_common()
    parts = [f"“{why}” ({plural(n, 'row')})" for why, n in top[:3]]
    if len(top) > 3:
        parts.append(f"and {plural(len(top) - 3, 'other reason')}")
    rows = refused.total()
    were = "row was" if rows == 1 else "rows were"
    return f"{rows:,} {were} refused by the destination last time. Why: {'; '.join(parts)}."


def _json_summary(
    first: Table,
    sliced: SlicedFile,
    mapping: Mapping,
    tally: ValidationTally,
    known: np.ndarray | None = None,
    refused: Counter[str] | None = None,
) -> dict[str, object]:
    info = first.info
    refused = refused or Counter()
    summary = {
        "file": str(info.path),
        "format": info.format,
        "encoding": info.encoding,
        "delimiter": info.delimiter,
        "sheet": info.sheet,
        "header_row": info.header_row,
        "warnings": sliced.warnings,
        "mapping": mapping.to_dict(),
        "rows": tally.rows,
        "valid": tally.valid,
        "invalid": tally.invalid,
        "warning_count": tally.warnings,
        "timestamp_fixed_at": tally.timestamp_fixed_at,
        "notes": [str(note) for note in tally.notes],
        **_json_insight(tally, known),
        "refused_before": {
            "rows": refused.total(),
            "reasons": [{"reason": why, "rows": n} for why, n in refused.most_common()],
        },
        "groups": [
            {
                "field": g.field,
                "code": g.code,
                "severity": g.severity,
                "column": g.column,
                "count": g.count,
                "message": g.message,
                "first_rows": list(g.first_rows),
                "fix": g.fix,
            }
            for g in tally.sorted_groups()
        ],
    }
    return summary


def _json_insight(tally: ValidationTally, known: np.ndarray | None) -> dict[str, object]:
    if tally.insight is None:
        return {}
    p = tally.insight.preview(known)
    h = tally.insight.histogram()
    return {
        "users": {
            "distinct": p.distinct,
            "rows_per_user": {
                "min": p.per_user_min,
                "median": p.per_user_median,
                "max": p.per_user_max,
            },
            "placeholders": [
                {"text": x.text, "rows": x.rows, "first_row": x.first_row} for x in p.placeholders
            ],
            "spelt_more_than_one_way": p.variant_groups,
            "spelling_rows": [list(rows) for rows in p.variant_rows],
            "new_to_destination": p.new,  # null: no --profile / --base-url given
            "accepted_before": p.known,
        },
        "events_over_time": {
            "bin": h.width.value,
            "years_per_bin": h.step,
            "earlier": h.earlier,
            "later": h.later,
            "bins": [{"start": b.start.isoformat(), "count": b.count} for b in h.bins],
        },
    }


def cannot_write(path: Path, exc: OSError, option: str) -> str:
    """Why a file could not be written, in words, and what to pass instead."""
    path = Path(path)
    if path.is_dir():
        why = "it is a folder"
    elif isinstance(exc, PermissionError):
        why = "permission was refused"
    else:
        why = exc.strerror or "the disk refused it"
    return f"{path} could not be written ({why}). Give {option} a file name you can write to."


def _quiet(*_: object) -> None:
    """Human-readable lines are dropped when --json asks for the machine-readable summary."""


def describe_mapping(
    mapping: Mapping, table: Table, suggestion: MappingSuggestion | None = None
) -> list[str]:
    """Plain lines: each field's source, then what goes into properties/traits."""
    schema = mapping.schema
    lines = []
    notes = {note.field: note for note in suggestion.date_notes} if suggestion else {}
    for spec in schema.fields:
        src = mapping.source(spec.name)
        label = f"{spec.label}{' *' if spec.required else ''}"
        if src.kind == "column":
            text = f"← '{src.column}'"
        elif src.kind == "constant":
            text = f"= '{src.constant}' (every row)"
        elif spec.kind == "timestamp" and schema.record_kind == "event":
            text = "(none: stamped with the validation time)"
        else:
            text = "(not mapped)"
        extras = []
        if src.transforms:
            extras.append("+".join(src.transforms))
        if src.kind == "column" and spec.kind == "timestamp":
            if src.date_order != "auto":
                extras.append(src.date_order.replace("_", "-"))
            if src.timezone != "UTC":
                extras.append(f"zone {src.timezone}")
            if src.numeric_dates != "auto":
                extras.append(f"numbers as {UNIT_WORDS[src.numeric_dates]}")
        if suggestion is not None and spec.name in suggestion.fields:
            choice = suggestion.fields[spec.name]
            if choice.column:
                extras.append(f"{choice.word}: {choice.reason}")
        suffix = f"  ({'; '.join(extras)})" if extras else ""
        lines.append(f"{label:<16}{text}{suffix}")
        note = notes.get(spec.name)
        if note is not None:
            lines.append(f"{'':<16}{'⚠ ' if note.ambiguous else ''}{note.message}")
            for (before, after), (_, other) in zip(note.samples, note.alternative, strict=True):
                lines.append(f"{'':<18}{before} → {after}   (other way: {other})")
    plan = mapping.extra_plan(table.headers)
    if plan:
        items = [
            f"{p.column}"
            + (f" as {p.key}" if p.key != snake_case(p.column) else "")
            + (f" ({p.value_type})" if p.value_type != "text" else "")
            for p in plan
        ]
        lines.append(f"{schema.extras_key:<16}← " + ", ".join(items))
    left_out = [
        h
        for h in table.headers
        if h not in mapping.mapped_columns() and h not in {p.column for p in plan}
    ]
    if left_out:
        lines.append(f"{'not imported':<16}" + ", ".join(left_out))
    lines.extend(f"{'values':<16}{line}" for line in value_map_lines(mapping))
    return lines
