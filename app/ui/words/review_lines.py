"""The Review step's sentences with counts in them, in the operator's language: the summary under
the heading, the problem cards, the filter line, the "who" figures and what the step says aloud.

The CLI says the same in English from app/core (`summary_words`, `IdentityPreview.lines`);
these are the desktop's own wordings of the same figures, counts through Qt's plural forms.
"""

from __future__ import annotations

from app.core.identity import IdentityPreview, Placeholder
from app.core.issues import IssueGroup, RowIssue
from app.core.paged_validation import PagedValidation
from app.core.validation_result import ValidationResult
from app.ui.texts import number, translate
from app.ui.words.review_words import fix_label, said, word
from app.ui.words.stored_words import reread


def rows_words(n: int) -> str:
    """ "1 row", "12,371 rows"."""
    return translate("ReviewPage", "%Ln row(s)", None, n)


def summary_line(result: ValidationResult | PagedValidation) -> str:
    """ "12,408 rows: 12,371 valid, 37 invalid, 5 warnings, 2 excluded"."""
    warnings, excluded = result.warning_count, len(result.excluded_rows)
    values = {
        "rows": rows_words(result.total_rows),
        "valid": number(result.valid_count),
        "invalid": number(result.invalid_count),
        "warnings": translate("ReviewPage", "%Ln warning(s)", None, warnings),
        "excluded": number(excluded),
    }
    if warnings and excluded:
        line = translate(
            "ReviewPage",
            "{rows}: {valid} valid, {invalid} invalid, {warnings}, {excluded} excluded",
        )
    elif warnings:
        line = translate("ReviewPage", "{rows}: {valid} valid, {invalid} invalid, {warnings}")
    elif excluded:
        line = translate(
            "ReviewPage", "{rows}: {valid} valid, {invalid} invalid, {excluded} excluded"
        )
    else:
        line = translate("ReviewPage", "{rows}: {valid} valid, {invalid} invalid")
    return line.format(**values)


def result_words(result: ValidationResult | PagedValidation) -> str:
    """The summary, then each note of the check on its own line."""
    notes = [translate("ReviewPage", "Note: {note}").format(note=said(n)) for n in result.notes]
    return "\n".join([summary_line(result), *notes])


def group_headline(group: IssueGroup) -> str:
    """ "37 rows: email is not a valid address"."""
    return translate("ReviewPage", "{rows}: {problem}").format(
        rows=rows_words(group.count), problem=group_problem(group)
    )


def group_problem(group: IssueGroup) -> str:
    """The group's summary in the UI's language."""
    return said(group.words) if group.words is not None else reread(group.summary)


def group_detail(group: IssueGroup, kind: str | None = None) -> str:
    """ "Not sent · column 'Email' · rows 4, 17, 52, …": what happens to them (or `kind`),
    and where."""
    first = ", ".join(number(r) for r in group.first_rows)
    if group.count > len(group.first_rows):
        first += ", …"
    if group.count == 1:
        rows = translate("ProblemCard", "row {numbers}").format(numbers=first)
    else:
        rows = translate("ProblemCard", "rows {numbers}").format(numbers=first)
    if kind is None and group.severity == "warning":
        kind = translate("ProblemCard", "Warning — these rows are still sent")
    elif kind is None:
        kind = translate("ProblemCard", "Not sent")
    if group.column:
        return translate("ProblemCard", "{kind} · column '{column}' · {rows}").format(
            kind=kind, column=group.column, rows=rows
        )
    return translate("ProblemCard", "{kind} · {rows}").format(kind=kind, rows=rows)


def rejected_words(count: int, reasons: str) -> tuple[str, str]:
    """The notice over rows the destination refused last time: what, and why and what to do."""
    if count == 1:
        head = translate("ReviewPage", "%Ln row was refused by the destination last time.", None, 1)
    else:
        head = translate(
            "ReviewPage", "%Ln rows were refused by the destination last time.", None, count
        )
    why = translate(
        "ReviewPage",
        "Why: {reasons}. Each row's reason is in the first column, “Reason”. Correct the "
        "cells (double-click to edit), then send the rows again.",
    ).format(reasons=reasons)
    return head, why


def reason_count(reason: str, n: int) -> str:
    """ "“Region blocked” (3 rows)": one of the reasons the destination gave."""
    return translate("ReviewPage", "“{reason}” ({rows})").format(reason=reason, rows=rows_words(n))


def other_reasons(n: int) -> str:
    """ "and 4 other reasons"."""
    return translate("ReviewPage", "and %Ln other reason(s)", None, n)


def identity_lines(preview: IdentityPreview, place: str) -> list[str]:
    """The "who" figures as sentences, most useful first (as `IdentityPreview.lines`)."""
    if not preview.rows:
        return []
    median = number(round(preview.per_user_median, 1), 1)
    if preview.per_user_median == int(preview.per_user_median):
        median = number(int(preview.per_user_median))
    out = [
        translate(
            "InsightPanel",
            "{users} in {rows}; rows per user: min {min}, median {median}, max {max}",
        ).format(
            users=_distinct_users(preview.distinct),
            rows=rows_words(preview.rows),
            min=number(preview.per_user_min),
            median=median,
            max=number(preview.per_user_max),
        )
    ]
    if preview.new is not None and preview.known is not None:
        out.append(
            translate(
                "InsightPanel",
                "{new} of {distinct} users are new to {place}; {known} already accepted in an "
                "earlier upload",
            ).format(
                new=number(preview.new),
                distinct=number(preview.distinct),
                place=place or translate("InsightPanel", "this destination"),
                known=number(preview.known),
            )
        )
    if preview.placeholders:
        listed = "; ".join(_placeholder(p) for p in preview.placeholders)
        out.append(
            translate("InsightPanel", "User ids that look like placeholders: {list}").format(
                list=listed
            )
        )
    if preview.variant_groups:
        out.append(_variants(preview))
    return out


def _placeholder(p: Placeholder) -> str:
    rows, first = rows_words(p.rows), number(p.first_row)
    if p.text.strip():
        words = translate("InsightPanel", "'{text}' in {rows} (first: row {first})")
        return words.format(text=p.text, rows=rows, first=first)
    words = translate("InsightPanel", "an empty id in {rows} (first: row {first})")
    return words.format(rows=rows, first=first)


def _variants(preview: IdentityPreview) -> str:
    joiner = translate("InsightPanel", " and ")
    examples = ", ".join(
        translate("InsightPanel", "rows {numbers}").format(
            numbers=joiner.join(number(r) for r in rows)
        )
        for rows in preview.variant_rows
    )
    return translate(
        "InsightPanel",
        "{users} spelt more than one way (case or surrounding spaces): the API counts each "
        "spelling as another user, e.g. {examples}",
    ).format(
        users=_users(preview.variant_groups),
        examples=examples,
    )


def checked_words(result: ValidationResult | PagedValidation) -> str:
    """ "Checked 12,408 rows in 1.2 s"."""
    return translate("ReviewPage", "Checked {rows} in {seconds} s").format(
        rows=rows_words(result.total_rows), seconds=number(result.seconds, 1)
    )


def showing_words(n: int, group: IssueGroup) -> str:
    """ "Showing 37 rows: email is not a valid address"."""
    return translate("ReviewPage", "Showing {rows}: {problem}").format(
        rows=rows_words(n), problem=group_problem(group)
    )


def with_problems_words(n: int) -> str:
    """ "37 rows with problems"."""
    return translate("ReviewPage", "%Ln row(s) with problems", None, n)


def sorted_words(column: str, *, descending: bool) -> str:
    """ "Sorted by 'Email' (A→Z / low→high)"."""
    if descending:
        direction = translate("ReviewPage", "Z→A / high→low")
    else:
        direction = translate("ReviewPage", "A→Z / low→high")
    return translate("ReviewPage", "Sorted by '{column}' ({direction})").format(
        column=column, direction=direction
    )


def applied_words(fix: str, field_name: str) -> str:
    """ "Applied “Trim spaces” to email; checking again…"."""
    return translate("ReviewPage", "Applied “{fix}” to {field}; checking again…").format(
        fix=word(fix_label(fix) or fix), field=field_name
    )


def excluded_words(n: int) -> str:
    """ "Excluded 37 rows; checking again…"."""
    return translate("ReviewPage", "Excluded %Ln row(s); checking again…", None, n)


def checking_row_words(row: int) -> str:
    """ "Checking row 1,204 again…"."""
    return translate("ReviewPage", "Checking row {row} again…").format(row=number(row))


def recheck_words(row: int, problem: RowIssue | None) -> str:
    """What an edited row's re-check found: its first error, or that it is fine now."""
    if problem is None:
        return translate("ReviewPage", "Row {row} is fine now").format(row=number(row))
    # A row's own message (a timestamp's reason) is kept as text: read it back.
    message = said(problem.words) if problem.words is not None else reread(problem.message)
    return translate("ReviewPage", "Row {row} still has a problem: {problem}").format(
        row=number(row), problem=message
    )


def saved_words(n: int, name: str) -> str:
    """ "Saved 37 problems to customers - problems.csv"."""
    return translate("ReviewPage", "Saved %Ln problem(s) to {file}", None, n).format(file=name)


def recheck_failed_words(why: object) -> str:
    """An edited row could not be checked again (a full check still works)."""
    return translate("ReviewPage", "The row could not be checked again: {why}").format(why=why)


def _distinct_users(n: int) -> str:
    return translate("InsightPanel", "%Ln distinct user(s)", None, n)


def _users(n: int) -> str:
    return translate("InsightPanel", "%Ln user(s)", None, n)
