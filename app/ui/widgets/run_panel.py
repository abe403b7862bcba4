"""The Upload step's progress card: bar, words, counters, the wait countdown and Cancel.

A users-and-events job (`app.core.pair`) shows each part's counters on a line of its own
("Users — accepted 5 · …", "Events — … · pending 8, 8 held for their user"), the bar over both.
"""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.journal import JobSummary
from app.core.pair_outcomes import PairSummary, PartCounts, part_counts
from app.core.pair_run import PairProgress
from app.core.reasons import plain_reason
from app.core.uploader import Progress
from app.ui.accessibility import alert, announce_name, announce_value, named
from app.ui.texts import number, translate
from app.ui.upload_core_words import progress_text, reason_text, wait_text

BAR_STEPS = 1000  # the bar counts in tenths of a percent
WAIT_TICK_MS = 250
COUNTERS = ("accepted", "rejected", "failed", "pending")
# The engine words its waits as "Waiting 12 s: <reason>" (or "1 min 05 s", "1 h 05 min"); the
# panel counts the time down itself, so the engine's figure is dropped, whatever its length.
_WAIT_PREFIX = re.compile(r"^Waiting [\d.,]+ (?:s|min|h)(?: [\d]+ (?:s|min))?: ?")
# A screen reader hears the counters at most this often (every chunk would drown it).
ANNOUNCE_EVERY_S = 5.0


class RunPanel(QFrame):
    """Renders one run's state; the page decides what to show. Cancel is the only button here
    (Start, Pause, Resume and Continue are the window's one primary button)."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        self.bar = QProgressBar()
        self.bar.setRange(0, BAR_STEPS)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        named(self.bar, translate("RunPanel", "Upload progress"))
        layout.addWidget(self.bar)
        self.progress_label = QLabel("")
        self.progress_label.setObjectName("progressWords")
        layout.addWidget(self.progress_label)
        layout.addWidget(self._build_counters())
        wait_row = QHBoxLayout()
        self.wait_label = QLabel("")
        self.wait_label.setObjectName("waitWords")
        self.wait_label.setWordWrap(True)
        wait_row.addWidget(self.wait_label, 1)
        self.cancel_button = QPushButton(translate("RunPanel", "Cancel"))
        self.cancel_button.setToolTip(
            translate(
                "RunPanel",
                "Stop sending (Ctrl+.). Rows not sent yet stay pending; resume them later.",
            )
        )
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.setShortcut(QKeySequence("Ctrl+."))
        wait_row.addWidget(self.cancel_button)
        layout.addLayout(wait_row)
        self.counts: dict[str, int] = {}  # a pair's: the part being sent
        # A pair's (users, events) counters, None for a single job.
        self.part_counts: tuple[PartCounts, PartCounts] | None = None
        self._wait_until: float | None = None
        self._wait_reason = ""
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(WAIT_TICK_MS)
        self._wait_timer.timeout.connect(self._tick_wait)
        self._announced_at: float | None = None
        self.hide()

    def _build_counters(self) -> QWidget:
        # One widget for the four counters: a screen reader hears them as one sentence.
        self.counters_box = named(QWidget(), counts_sentence(dict.fromkeys(COUNTERS, 0)))
        box = QVBoxLayout(self.counters_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        counters = QHBoxLayout()
        counters.setSpacing(24)
        self.counter_labels: dict[str, QLabel] = {}
        for name in COUNTERS:
            label = QLabel(counter_text(name, 0))
            label.setObjectName("counter")
            self.counter_labels[name] = label
            counters.addWidget(label)
        counters.addStretch(1)
        box.addLayout(counters)
        self.part_labels: dict[str, QLabel] = {}
        for part in ("users", "events"):  # a pair's: one line a part, instead of the four
            label = QLabel("")
            label.setObjectName("counter")
            label.setWordWrap(True)
            label.hide()
            self.part_labels[part] = label
            box.addWidget(label)
        return self.counters_box

    # -- what the page shows -------------------------------------------------------------------

    def show_counts(
        self, accepted: int, rejected: int, failed: int, pending: int, total: int
    ) -> None:
        """The four counters, and the bar at the share of rows no longer pending."""
        self.counts = {
            "accepted": accepted,
            "rejected": rejected,
            "failed": failed,
            "pending": pending,
        }
        for name, value in self.counts.items():
            self.counter_labels[name].setText(counter_text(name, value))
            self.counter_labels[name].setVisible(self.part_counts is None)
        parts = self.part_counts
        if parts is not None:
            for part, counts in zip(("users", "events"), parts, strict=True):
                self.part_labels[part].setText(part_text(part, counts))
            # The bar over both parts: a pair is half done when its users are.
            total = sum(c.rows for c in parts)
            pending = sum(c.pending for c in parts)
        for label in self.part_labels.values():
            label.setVisible(parts is not None)
        self.bar.setValue(0 if total <= 0 else int((total - pending) * BAR_STEPS / total))
        # Nothing left this run (a pair's events held behind failed users wait for a retry).
        held = parts[1].held if parts is not None else 0
        self.announce_counts(force=pending - held == 0)

    def counts_sentence(self) -> str:
        """ "Accepted 7,912, rejected 88, failed 0, pending 4,371" (what a screen reader says);
        a pair's: each part's line."""
        if self.part_counts is not None:
            return "\n".join(label.text() for label in self.part_labels.values())
        return counts_sentence(self.counts)

    def announce_counts(self, *, force: bool = False) -> None:
        """Tell assistive technology the counters and the bar moved, at most every
        ANNOUNCE_EVERY_S seconds (always when `force`, e.g. nothing is pending any more)."""
        now = time.monotonic()
        last = self._announced_at
        if not force and last is not None and now - last < ANNOUNCE_EVERY_S:
            return
        self._announced_at = now
        sentence = self.counts_sentence()
        self.bar.setAccessibleDescription(f"{self.progress_label.text()} {sentence}".strip())
        announce_name(self.counters_box, sentence)
        announce_value(self.bar, self.bar.value())

    def show_progress(self, p: Progress, *, running: bool) -> None:
        """The engine's latest figures: counters, words (speed and time left only while
        running), and a wait it announced or the last problem (a pair's: both parts' counters)."""
        if isinstance(p, PairProgress) and p.users is not None and p.events is not None:
            self.part_counts = (p.users, p.events)
        if p.rows > 0 and self.bar.maximum() == 0:
            self.show_determinate()  # the first rows are written: the bar counts them
        self.show_counts(p.accepted, p.rejected, p.failed, p.pending, p.rows)
        if p.rows == 0 and running:
            # Sending while preparing, before the first commit: "0 of 0 rows" says nothing.
            self.show_indefinite(translate("RunPanel", "Reading the first rows of the file…"))
            return
        eta = p.eta_s
        if eta is not None and p.backoff_s > 0:
            eta += p.backoff_s  # nothing moves until the wait is over
        rate: float | None = p.records_per_s
        if not running:
            rate, eta = None, None  # paused: no speed, no promise
        words = progress_text(p.done, p.rows, rate, eta)
        if isinstance(p, PairProgress) and p.part:
            words = part_progress_text(p.part, words)  # its rows are the part's, not the pair's
        self.progress_label.setText(words)
        if p.backoff_s > 0:
            reason = (
                _WAIT_PREFIX.sub("", p.backoff_reason) or "the API asked us to wait"
            )  # English: wait_text translates it
            self.start_wait(p.backoff_s, reason)
        elif running:
            self.stop_wait()
            problem = reason_text(plain_reason(None, p.last_error)) if p.last_error else ""
            last = translate("RunPanel", "Last problem: {reason}").format(reason=problem)
            self.wait_label.setText(last if problem else "")

    def show_running(self) -> None:
        """A run starts: shown, counting rows, Cancel available."""
        self.show()
        self.cancel_button.setEnabled(True)
        self.show_determinate()

    def show_job(self, job: JobSummary | Progress, pair: PairSummary | None = None) -> None:
        """The counters and bar for a job (or the engine's figures for it); with `pair`, the
        part `job` of a users-and-events job, and both parts' counters."""
        self.part_counts = part_counts(pair) if pair is not None else None
        self.show_counts(job.accepted, job.rejected, job.failed, job.pending, job.rows)

    def show_stopped(self, job: JobSummary) -> None:
        """A job partly sent, not running: how far it got; nothing to cancel."""
        self.show_sent(job.rows - job.pending, job.rows)
        self.cancel_button.setEnabled(False)
        self.show()

    def show_sent(self, done: int, total: int) -> None:
        """ "8,000 of 12,371 rows", without speed or promise (paused, stopped, finished)."""
        self.progress_label.setText(progress_text(done, total, None, None))

    def show_indefinite(self, words: str) -> None:
        """A busy bar with no figure yet ("Preparing the upload…")."""
        self.bar.setRange(0, 0)
        self.progress_label.setText(words)

    def show_fraction(self, done: int, total: int | None, words: str) -> None:
        """Work before the first request ("Writing the rows to the journal — 120,000 of …")."""
        words = work_text(words)
        if total and done:
            self.bar.setRange(0, BAR_STEPS)
            self.bar.setValue(int(BAR_STEPS * done / total))
            text = translate("RunPanel", "{work} — {done} of {total}…")
            self.progress_label.setText(
                text.format(work=words, done=number(done), total=number(total))
            )
        else:
            self.progress_label.setText(translate("RunPanel", "{work}…").format(work=words))

    def show_determinate(self) -> None:
        """The bar counts rows again (after `show_indefinite`)."""
        self.bar.setRange(0, BAR_STEPS)

    def reset(self) -> None:
        """Empty and hidden, ready for a new run."""
        self.wait_label.setText("")
        self.progress_label.setText("")
        self.progress_label.setAccessibleName("")  # its words again, not the last run's end
        self.bar.setValue(0)
        self._announced_at = None
        self.part_counts = None
        for label in self.part_labels.values():
            label.hide()
        for label in self.counter_labels.values():
            label.show()
        self.hide()

    def announce_end(self, sentence: str) -> None:
        """Say how the run ended ("Upload finished: …") at once, as a live region would: the
        counters alone change quietly, and a clean end shows no notice to alert with."""
        alert(self.progress_label, sentence)

    # -- waits ---------------------------------------------------------------------------------

    def start_wait(self, seconds: float, reason: str) -> None:
        """Count down a wait the engine announced: "Waiting 12 s: <reason>"."""
        self._wait_until = time.monotonic() + seconds
        self._wait_reason = reason
        self._tick_wait()
        self._wait_timer.start()

    def stop_wait(self) -> None:
        """No wait any more (the countdown's words are left for the caller to replace)."""
        self._wait_until = None
        self._wait_timer.stop()

    def _tick_wait(self) -> None:
        if self._wait_until is None:
            self._wait_timer.stop()
            return
        left = self._wait_until - time.monotonic()
        if left <= 0:
            self.stop_wait()
            self.wait_label.setText("")
            return
        self.wait_label.setText(wait_text(left, self._wait_reason))


def counter_text(name: str, value: int) -> str:
    """ "Accepted 12,371" / "Angenommen 12.371": one counter's label."""
    words = {
        "accepted": translate("RunPanel", "Accepted {n}"),
        "rejected": translate("RunPanel", "Rejected {n}"),
        "failed": translate("RunPanel", "Failed {n}"),
        "pending": translate("RunPanel", "Pending {n}"),
    }[name]
    return words.format(n=number(value))


def part_text(part: str, c: PartCounts) -> str:
    """ "Users — accepted 5 · rejected 1 · failed 2 · pending 0": one part of a pair; the
    events' pending rows say how many wait for their user."""
    if part == "users":
        words = translate(
            "RunPanel",
            "Users — accepted {accepted} · rejected {rejected} · failed {failed} · "
            "pending {pending}",
        )
    elif c.held:
        words = translate(
            "RunPanel",
            "Events — accepted {accepted} · rejected {rejected} · failed {failed} · "
            "pending {pending}, {held} held for their user",
        )
    else:
        words = translate(
            "RunPanel",
            "Events — accepted {accepted} · rejected {rejected} · failed {failed} · "
            "pending {pending}",
        )
    return words.format(
        accepted=number(c.accepted),
        rejected=number(c.rejected),
        failed=number(c.failed),
        pending=number(c.pending),
        held=number(c.held),
    )


def part_progress_text(part: str, words: str) -> str:
    """ "Sending the events: 68 of 197 rows · 124 rows/s · about 1 s left"."""
    if part == "users":
        return translate("RunPanel", "Sending the users: {progress}").format(progress=words)
    return translate("RunPanel", "Sending the events: {progress}").format(progress=words)


def counts_sentence(counts: dict[str, int]) -> str:
    """The four counters as one sentence, in the user's language and locale."""
    words = translate(
        "RunPanel", "Accepted {accepted}, rejected {rejected}, failed {failed}, pending {pending}"
    )
    return words.format(**{name: number(counts.get(name, 0)) for name in COUNTERS})


def work_text(words: str) -> str:
    """The preparing worker's step (`app.ui.upload_work`, `app.core.jobs`), translated."""
    known = {
        "Fingerprinting the file": translate("RunPanel", "Fingerprinting the file"),
        "Writing the rows to the journal": translate("RunPanel", "Writing the rows to the journal"),
    }
    if words in known:
        return known[words]
    written = re.fullmatch(r"Writing ([\d,]+) rows? to the journal", words)
    if written:
        n = int(written.group(1).replace(",", ""))
        return translate("RunPanel", "Writing %Ln row(s) to the journal", None, n)
    return words
