"""On start: jobs the journal still has pending rows for, offered for resume.

`ResumeDialog` lists them (file, destination, profile, when, how far it got; a users-and-events
job once, with its events' line: `app.core.resume.unfinished_uploads`); the caller opens
it with `open()` and reads `chosen_job_id` when it is accepted. `offer_unfinished_jobs(window)`
is the one-call hook for the main window at start-up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.jobstate import Verdict, verdict
from app.core.pair_outcomes import PairSummary, pair_verdict
from app.core.resume import Unfinished, rows_to_send, unfinished_uploads
from app.ui.accessibility import named_table
from app.ui.destination_names import destination_label
from app.ui.texts import number, translate
from app.ui.upload_core_words import reason_text
from app.ui.words.pair_words import pair_destinations, resume_pair_line

UPLOAD_STEP = 3


def local_time(moment: Any) -> str:
    """A datetime (UTC or aware) in the operator's time zone and locale: "3 Nov 2026, 10:42"
    ("3. Nov. 2026, 10:42" in German)."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, translate("ResumeDialog", "d MMM yyyy, HH:mm"))


def describe_job(job: Any, pair: PairSummary | None = None) -> str:
    """Three short lines about an unfinished job, for the list (four when something stopped it;
    a pair's users part, `pair`, has a line for its events)."""
    done = job.accepted + job.rejected + job.failed
    where = destination_label(job.destination_id) if pair is None else pair_destinations(pair)
    first = f"{job.file_name} → {where}"
    if job.profile_name:
        first += f" ({job.profile_name})"
    rows = job.rows  # a plain name: pyside6-lupdate skips a call whose n is dotted
    second = translate("ResumeDialog", "Started {when} · {done} of %Ln row(s) done", None, rows)
    second = second.format(when=local_time(job.created_at), done=number(done))
    left = job.pending if pair is None else rows_to_send(pair)
    third = translate("ResumeDialog", "{n} still to send").format(n=number(left))
    rejected = job.rejected + (pair.events.rejected if pair else 0)
    failed = job.failed + (pair.events.failed if pair else 0)
    if rejected or failed:
        third = translate("ResumeDialog", "{left} · {rejected} rejected, {failed} failed").format(
            left=third, rejected=number(rejected), failed=number(failed)
        )
    lines = (
        [first, second, third] if pair is None else [first, second, resume_pair_line(pair), third]
    )
    if pair is None and getattr(job, "preparing", False):
        lines.append(
            translate(
                "ResumeDialog",
                "Its file was not read to the end: resuming reads it again for the rest.",
            )
        )  # cut short while it was written (`app.core.preparation`)
    reason = (getattr(job, "last_error", None) or "").strip()
    if pair is not None:
        reason = reason or (pair.events.last_error or "").strip()
    ending = verdict(job) if pair is None else pair_verdict(pair)
    if ending is Verdict.STOPPED and reason:
        lines.append(
            translate("ResumeDialog", "Stopped: {reason}").format(reason=reason_text(reason))
        )  # e.g. a refused key: fix that before resuming
    return "\n".join(lines)


class ResumeDialog(QDialog):
    """ "These uploads did not finish. Resume one?" — newest first."""

    def __init__(self, jobs: list[Any], parent: QWidget | None = None) -> None:
        # `jobs`: job summaries, or `Unfinished` uploads (a pair with both parts' summaries).
        uploads = [j if isinstance(j, Unfinished) else Unfinished(j) for j in jobs]
        super().__init__(parent)
        self.setObjectName("resumeDialog")
        self.setWindowTitle(translate("ResumeDialog", "Unfinished uploads"))
        self.setMinimumWidth(680)
        self.jobs = [u.job for u in uploads]
        self.chosen_job_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        count = len(self.jobs)
        heading = QLabel(translate("ResumeDialog", "%Ln upload(s) did not finish", None, count))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        hint = QLabel(
            translate(
                "ResumeDialog",
                "Rows already accepted are not sent again. Resume one now, or choose “Not now” "
                "and it is offered again next time Backfill starts.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.job_list = named_table(QListWidget(), translate("ResumeDialog", "Unfinished uploads"))
        self.job_list.setObjectName("resumeList")
        self.job_list.setAlternatingRowColors(True)
        self.job_list.setWordWrap(True)
        self.job_list.setSpacing(2)
        self.job_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.job_list.setStyleSheet("#resumeList::item { padding: 6px 8px; }")
        for upload in uploads:
            item = QListWidgetItem(describe_job(upload.job, upload.pair))
            item.setData(Qt.ItemDataRole.UserRole, upload.id)
            self.job_list.addItem(item)
        self.job_list.setCurrentRow(0)
        self.job_list.itemDoubleClicked.connect(lambda _item: self.resume_selected())
        layout.addWidget(self.job_list, 1)

        self.buttons = QDialogButtonBox()
        self.resume_button = QPushButton(translate("ResumeDialog", "Resume upload"))
        self.resume_button.setDefault(True)
        self.later_button = QPushButton(translate("ResumeDialog", "Not now"))
        self.buttons.addButton(self.resume_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.resume_selected)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def resume_selected(self) -> None:
        """Accept with the highlighted job."""
        item = self.job_list.currentItem()
        if item is None:
            return
        self.chosen_job_id = str(item.data(Qt.ItemDataRole.UserRole))
        self.accept()


def offer_unfinished_jobs(window: Any) -> ResumeDialog | None:
    """If the journal has unfinished jobs, open the dialog over `window` (non-blocking).

    On "Resume upload" the window goes to the Upload step and that page resumes the job.
    Returns the open dialog (None when there was nothing to offer).
    """
    try:
        journal = window.session.journal  # opened here on first use: it may be damaged
        if journal is None:
            return None
        jobs = unfinished_uploads(journal)  # a pair once, by its users part
    except Exception:  # noqa: BLE001 - an unreadable journal must not stop the app opening
        return None
    if not jobs:
        return None
    dialog = ResumeDialog(jobs, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def resume() -> None:
        if dialog.chosen_job_id is None:
            return
        upload_page = window.pages[UPLOAD_STEP]
        resume_job = getattr(upload_page, "resume_job", None)
        if resume_job is not None:
            resume_job(dialog.chosen_job_id)
            window.go_to(UPLOAD_STEP)

    dialog.accepted.connect(resume)
    window.resume_dialog = dialog
    dialog.open()
    return dialog
