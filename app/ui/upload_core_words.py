"""The core's upload words in the operator's language: durations, progress and wait lines, what
stops Start, Test connection's answer, the engine's reasons, where a key is kept.

Core stays English (the CLI and the journal print its words); the UI rebuilds the same sentence
from the figures it was made of, with the numbers in the user's locale. Engine reasons reach the
UI only as English text, so the few Backfill writes itself are recognised by their fixed start;
anything else (a server's own message) is shown as written.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from app.core.destinations import Destination, get_destination
from app.core.reachability import ConnectionCheck
from app.core.readiness import Missing, Readiness, StartInputs
from app.core.secrets import DESCRIBE_KEYRING, DESCRIBE_NONE, DESCRIBE_SESSION
from app.ui.connection_words import connection_reason
from app.ui.texts import number, translate


def duration_text(seconds: float) -> str:
    """ "8 s", "3 min 20 s", "1 h 05 min" (as `app.core.words.duration_words`), translated."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if not hours and not minutes:
        return translate("UploadWords", "{seconds} s").format(seconds=number(max(secs, 1)))
    if not hours:
        if not secs:
            return translate("UploadWords", "{minutes} min").format(minutes=number(minutes))
        return translate("UploadWords", "{minutes} min {seconds} s").format(
            minutes=number(minutes), seconds=f"{secs:02d}"
        )
    return translate("UploadWords", "{hours} h {minutes} min").format(
        hours=number(hours), minutes=f"{minutes:02d}"
    )


def short_wait_text(seconds: float) -> str:
    """A wait's length: tenths under 1.5 s ("0,8 s" in German), else `duration_text`."""
    if seconds < 1.5:
        return translate("UploadWords", "{seconds} s").format(seconds=number(seconds, 1))
    return duration_text(seconds)


def rows_text(n: int) -> str:
    """ "12,371 rows" / "12.371 Zeilen"."""
    return translate("UploadWords", "%Ln row(s)", None, n)


def progress_text(done: int, total: int, rate: float | None, eta: float | None) -> str:
    """ "8,000 of 12,371 rows · 2,140 rows/s · about 2 s left" in the user's language."""
    parts = [
        translate("UploadWords", "{done} of %Ln row(s)", None, total).format(done=number(done))
    ]
    if rate:
        parts.append(translate("UploadWords", "{rate} rows/s").format(rate=number(round(rate))))
    if eta is not None and done < total:
        parts.append(translate("UploadWords", "about {time} left").format(time=duration_text(eta)))
    return " · ".join(parts)


def wait_text(seconds: float, reason: str = "") -> str:
    """ "Waiting 12 s: the API asked us to slow down (429)", translated."""
    shown = short_wait_text(seconds)
    if not reason:
        return translate("UploadWords", "Waiting {time}").format(time=shown)
    return translate("UploadWords", "Waiting {time}: {reason}").format(
        time=shown, reason=reason_text(reason)
    )


def readiness_text(readiness: Readiness, inputs: StartInputs) -> str:
    """What stops Start (`app.core.readiness`), in the user's language ("" when ready)."""
    missing = readiness.missing
    if missing is None:
        return ""
    if missing is Missing.KEY:
        return translate("UploadWords", "No API key for “{name}”: press Edit… to add it.").format(
            name=inputs.profile_name or ""
        )
    if missing is Missing.JOB_PROFILE:
        return translate(
            "UploadWords", "This job was started with “{name}”: choose it to resume."
        ).format(name=inputs.job_profile_name or "")
    fixed = {
        Missing.PREPARING: translate("UploadWords", "Writing the job to the journal…"),
        Missing.PROFILE: translate("UploadWords", "Choose where to send the rows."),
        Missing.SANDBOX: translate(
            "UploadWords", "The built-in test server is not running: choose or add another profile."
        ),
        Missing.VALID_ROWS: translate(
            "UploadWords", "There are no valid rows to send. Go back to Review."
        ),
        Missing.DUPLICATE_CHECK: translate("UploadWords", "Checking for rows sent before…"),
        Missing.DUPLICATE_CONSENT: translate(
            "UploadWords", "Some rows were sent before: tick “Send them again” to send them anyway."
        ),
    }
    return fixed.get(missing, readiness.hint)


def shown_label(label: str) -> str:
    """The core's destination label as the UI names it: "VibeFollow users" is translated (as
    `app.ui.destination_names` has it), a company's name ("FloKit") stays as it is."""
    return QCoreApplication.translate("Destinations", label)


def estimate_note(destination: Destination) -> str:
    """The estimate's note on the destination's request limit (`app.core.upload_values`)."""
    limit, name = destination.rate_limit, shown_label(destination.label)
    # Plain names for the count: pyside6-lupdate skips a call whose n is dotted.
    requests = limit.requests if limit is not None else 0
    if limit is None:
        text = translate(
            "UploadWords", "{name} publishes no request limit; Backfill adapts to its answers"
        )
        return text.format(name=name)
    if limit.per_seconds == 60:
        text = translate("UploadWords", "{name} allows %Ln request(s)/min", None, requests)
        return text.format(name=name)
    text = translate("UploadWords", "{name} allows %Ln request(s) per {seconds} s", None, requests)
    return text.format(name=name, seconds=number(limit.per_seconds))


def connection_text(check: ConnectionCheck, destination_id: str, *, proxy: bool = True) -> str:
    """Test connection's answer: the API's status in words (the core's sentence for a
    connection that never got an answer), then (with `proxy`) the proxy sentence if one is used."""
    status = check.status
    name = shown_label(get_destination(destination_id).label) if status is not None else ""
    if status in (401, 403):
        text = translate("UploadWords", "{name} refused this API key ({status}). Check the key.")
    elif status == 404:
        where = _WHERE.match(check.message)
        text = translate("UploadWords", "Nothing answers at {where} (404). Check the base URL.")
        text = text.replace("{where}", where.group(1) if where else "—")
    elif status == 429:
        text = translate(
            "UploadWords",
            "Connected and the key works; {name} is asking us to slow down right now.",
        )
    elif status is not None and (200 <= status < 300 or status in (400, 413, 422)):
        text = translate("UploadWords", "Connected — {name} accepted the key.")
    elif status is not None and status >= 500:
        text = translate(
            "UploadWords", "{name} answered with a server error ({status}). Try again later."
        )
    elif status is not None:
        text = translate("UploadWords", "{name} answered with an unexpected status {status}.")
    elif check.message == "Enter the API key first.":
        text = translate("UploadWords", "Enter the API key first.")
    else:
        text = reason_text(check.message)
    words = text.format(name=name, status=status)
    if proxy and check.proxy and check.proxy not in check.message:
        return f"{words}\n{connection_reason(check.proxy) or check.proxy}."
    return words


def key_place_text(described: str) -> str:
    """Where a profile's key is kept (`SecretStore.describe`), in the user's language."""
    return {
        DESCRIBE_KEYRING: translate("UploadWords", "Key stored in the system keychain"),
        DESCRIBE_SESSION: translate("UploadWords", "Key for this session only"),
        DESCRIBE_NONE: translate("UploadWords", "No key set"),
    }.get(described, described)


def _network_words() -> dict[str, str]:
    # `app.core.upload_words.network_words`: the readable part before the technical detail.
    return {
        "could not connect": translate("UploadWords", "could not connect"),
        "the connection broke while reading the answer": translate(
            "UploadWords", "the connection broke while reading the answer"
        ),
        "the connection broke while sending": translate(
            "UploadWords", "the connection broke while sending"
        ),
        "the server closed the connection without an answer": translate(
            "UploadWords", "the server closed the connection without an answer"
        ),
        "the proxy refused the connection": translate(
            "UploadWords", "the proxy refused the connection"
        ),
        "network error": translate("UploadWords", "network error"),
        "the API asked us to slow down (429)": translate(
            "UploadWords", "the API asked us to slow down (429)"
        ),
        "the API is overloaded (503)": translate("UploadWords", "the API is overloaded (503)"),
        "the API asked us to wait": translate("UploadWords", "the API asked us to wait"),
        "The upload stopped.": translate("UploadWords", "The upload stopped."),
        "The upload stopped because of an unexpected problem. It can be resumed.": translate(
            "UploadWords",
            "The upload stopped because of an unexpected problem. It can be resumed.",
        ),
    }


# The engine's reasons that wrap another (`app.core.upload_answers`, `upload_sender`,
# `upload_base`): the pattern, and which translated template it reads as.
_WRAPPED = (
    (re.compile(r"^connection problem: (?P<reason>.+)$", re.DOTALL), "connection"),
    (re.compile(r"^retrying after (?P<reason>.+)$", re.DOTALL), "retrying"),
    (re.compile(r"^will retry: (?P<reason>.+)$", re.DOTALL), "will_retry"),
    (re.compile(r"^failed after (?P<n>\d+) attempts: (?P<reason>.+)$", re.DOTALL), "failed"),
    (
        re.compile(
            r"^(?P<rows>\d+) rows failed after (?P<n>\d+) attempts: (?P<reason>.+)$", re.DOTALL
        ),
        "rows_failed",
    ),
    (
        re.compile(r"^(?P<rows>\d+) rows will be retried: (?P<reason>.+)$", re.DOTALL),
        "rows_retried",
    ),
)
# `app.core.destinations.base`: a retryable answer, and a refused key (the status's words and
# the server's own detail after them stay as they are).
_RETRY_WHY = re.compile(
    r"^(?P<why>the API asked us to slow down|the API is overloaded|server error)(?P<rest> \(.*)$",
    re.DOTALL,
)
_KEY_REFUSED = re.compile(
    r"^(?P<name>.+?) refused the API key (?P<rest>\(.*?)\. Check the key \(and its "
    r"permissions\), then resume the job\.$",
    re.DOTALL,
)
_WHERE = re.compile(r"^Nothing answers at (\S+) \(404\)")
_SPLIT = re.compile(r"^never sent; split to the limit of (\d+)$")
_TIMEOUT = re.compile(r"^no answer within the timeout \((.+)\)$")
_DETAIL = re.compile(r"^(.*?)( \(.*\))$", re.DOTALL)


def _wrapped_text(kind: str, parts: dict[str, str]) -> str:
    reason = reason_text(parts["reason"])
    if kind == "connection":
        return translate("UploadWords", "connection problem: {reason}").format(reason=reason)
    if kind == "retrying":
        return translate("UploadWords", "retrying after {reason}").format(reason=reason)
    if kind == "will_retry":
        return translate("UploadWords", "will retry: {reason}").format(reason=reason)
    attempts = int(parts.get("n") or 0)
    if kind == "failed":
        words = translate("UploadWords", "failed after %Ln attempt(s): {reason}", None, attempts)
        return words.format(reason=reason)
    rows = int(parts.get("rows") or 0)
    if kind == "rows_failed":
        words = translate("UploadWords", "%Ln row(s) failed after {attempts}: {reason}", None, rows)
        tries = translate("UploadWords", "%Ln attempt(s)", None, attempts)
        return words.format(attempts=tries, reason=reason)
    words = translate("UploadWords", "%Ln row(s) will be retried: {reason}", None, rows)
    return words.format(reason=reason)


def reason_text(reason: str) -> str:
    """An engine reason or wait cause in the user's language when Backfill wrote it (the
    technical detail in brackets and any server text stay as they are)."""
    known = _network_words()
    if reason in known:
        return known[reason]
    for pattern, kind in _WRAPPED:
        wrapped = pattern.match(reason)
        if wrapped:
            return _wrapped_text(kind, wrapped.groupdict())
    why = _RETRY_WHY.match(reason)
    if why:
        said = {
            "the API asked us to slow down": translate(
                "UploadWords", "the API asked us to slow down"
            ),
            "the API is overloaded": translate("UploadWords", "the API is overloaded"),
            "server error": translate("UploadWords", "server error"),
        }[why.group("why")]
        return said + why.group("rest")
    refused = _KEY_REFUSED.match(reason)
    if refused:
        words = translate(
            "UploadWords",
            "{name} refused the API key {status}. Check the key (and its permissions), then "
            "resume the job.",
        )
        return words.format(name=shown_label(refused.group("name")), status=refused.group("rest"))
    split = _SPLIT.match(reason)
    if split:
        words = translate("UploadWords", "never sent; split to the limit of {limit}")
        return words.format(limit=split.group(1))
    timeout = _TIMEOUT.match(reason)
    if timeout:
        return translate("UploadWords", "no answer within the timeout ({time})").format(
            time=timeout.group(1)
        )
    detail = _DETAIL.match(reason)
    if detail and detail.group(1) in known:
        return known[detail.group(1)] + detail.group(2)
    return connection_reason(reason) or reason
