"""The app's words for a users-and-events job (`app.core.pair`) in the operator's language:
each part's counts, the pair's verdict (`pair_verdict`, the CLI's too), which part a row's
line is about and how its other part stands, and the resume dialog's lines for a pair.

The exports keep the core's English (`app.core.pair_outcomes`: "user.email", state names).
"""

from __future__ import annotations

from app.core.jobstate import Verdict
from app.core.journal import JobSummary
from app.core.pair_outcomes import PairOutcome, PairSummary
from app.core.report import ReasonGroup
from app.core.resume import rows_to_send
from app.ui.destination_names import destination_label
from app.ui.texts import number, translate
from app.ui.words.report_lines import reason_text, row_ranges, state_words


def part_words(part: str) -> str:
    """ "User" or "Event": the part of a row a report line is about."""
    return translate("PairReport", "User") if part == "user" else translate("PairReport", "Event")


def _counts(job: JobSummary, held: int = 0) -> str:
    parts = [
        translate("ReportPage", "{n} accepted").format(n=number(job.accepted)),
        translate("ReportPage", "{n} rejected").format(n=number(job.rejected)),
        translate("ReportPage", "{n} failed").format(n=number(job.failed)),
    ]
    if held:
        words = translate("PairReport", "{n} waiting for their user")
        parts.append(words.format(n=number(held)))
    parts.append(translate("ReportPage", "{n} not sent yet").format(n=number(job.pending - held)))
    if job.invalid:
        words = translate("ReportPage", "{n} not sent (invalid)")
        parts.append(words.format(n=number(job.invalid)))
    if job.excluded:
        parts.append(translate("ReportPage", "{n} left out").format(n=number(job.excluded)))
    return translate("ReportPage", ", ").join(parts)


def pair_counts_words(summary: PairSummary) -> str:
    """Two lines: the users' counts, then the events' (held ones: waiting for their user)."""
    users = translate("PairReport", "Users: {counts}").format(counts=_counts(summary.users))
    events = translate("PairReport", "Events: {counts}").format(
        counts=_counts(summary.events, summary.held)
    )
    return f"{users}\n{events}"


def pair_verdict_words(verdict: Verdict, summary: PairSummary, lines: int) -> str:
    """The pair's verdict in a sentence (`lines`: rows not delivered whole)."""
    left = rows_to_send(summary)
    if verdict is Verdict.DELIVERED:
        return translate("PairReport", "Every user and its event was delivered")
    if verdict is Verdict.STOPPED:
        return translate("PairReport", "Stopped: %Ln row(s) still to send", None, left)
    if verdict is Verdict.UNFINISHED:
        return translate("PairReport", "Not finished: %Ln row(s) still to send", None, left)
    return translate(
        "PairReport", "Done with problems: %Ln row(s) not delivered whole", None, lines
    )


def pair_destinations(summary: PairSummary) -> str:
    """ "VibeFollow users, then VibeFollow events"."""
    return translate("PairReport", "{users}, then {events}").format(
        users=destination_label(summary.users.destination_id),
        events=destination_label(summary.events.destination_id),
    )


def other_part_words(line: PairOutcome) -> str:
    """How the row's other part stands: its event (for a user's line) or its user."""
    if line.part == "user":
        if line.event_state == "pending":
            return translate("PairReport", "Event: waits for its user")
        if line.event_state == "rejected":
            return translate("PairReport", "Event: not sent")  # the user's line says why
        state = state_words(line.event_state)
        return translate("PairReport", "Event: {state}").format(state=state)
    if line.user_state == "accepted":
        return translate("PairReport", "User: accepted")
    return translate("PairReport", "User: {state}").format(state=state_words(line.user_state))


def pair_group_words(group: ReasonGroup) -> str:
    """Three lines for one reason of a pair: how many, of which part and field; why; rows."""
    part, _, field = group.field.partition(".")
    rows = translate("ReportPage", "%Ln row(s)", None, group.count)
    outcome = state_words(group.state)
    if part == "event":
        head = translate("PairReport", "{rows} {outcome} · their event")
    else:
        head = translate("PairReport", "{rows} {outcome} · their user")
    head = head.format(rows=rows, outcome=outcome)
    if field:
        head = translate("ReportPage", "{head} · field {field}").format(head=head, field=field)
    reason = reason_text(group.code, group.reason) or group.reason
    return f"{head}\n{reason}\n{row_ranges(group.rows, limit=6)}"


def resume_pair_line(summary: PairSummary) -> str:
    """The resume dialog's line of a pair's events part."""
    events = summary.events
    done = events.accepted + events.rejected + events.failed
    rows = events.rows  # a plain name: pyside6-lupdate skips a call whose n is dotted
    words = translate("PairReport", "Then their events: {done} of %Ln row(s) done", None, rows)
    return words.format(done=number(done))


def unready_pair_words() -> tuple[str, str]:
    """A pair whose preparation was cut short was dropped on resume: what and what next."""
    return (
        translate(
            "PairReport",
            "This upload was still being prepared with its events when Backfill stopped. "
            "Nothing of it was sent, and it has been removed.",
        ),
        translate("PairReport", "Load the file again to upload it."),
    )
