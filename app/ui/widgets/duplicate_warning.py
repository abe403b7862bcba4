"""The duplicate guard: were these rows accepted by this destination before? Send them again?"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from app.core.jobs import Progress, rows_accepted_before
from app.core.paged_validation import job_parts
from app.ui.session import Session
from app.ui.texts import number, translate
from app.ui.widgets.notice import Notice
from app.ui.workers import CancelFlag, TaskRunner

# (the validation's id, destination, base URL): one check per combination.
CheckKey = tuple[int, str, str]


class DuplicateWarning(QWidget):
    """Checks in a worker, then warns with a "Send them again" tick box (unticked)."""

    changed = Signal()  # `duplicates` or the tick box changed: Start may be allowed now

    def __init__(
        self, session: Session, workers: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.workers = workers  # the page's: its shutdown joins the check too
        self.duplicates: int | None = None  # rows already accepted there (None = not checked)
        self.day: str = ""  # when they were, in words ("" when unknown)
        self._key: CheckKey | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.notice = Notice()
        layout.addWidget(self.notice)
        self.send_again = QCheckBox(translate("DuplicateWarning", "Send them again"))
        self.send_again.hide()
        self.send_again.toggled.connect(lambda _on: self.changed.emit())
        layout.addWidget(self.send_again)
        self.hide()  # shown only with something to say: an empty box would still take spacing

    def forget(self) -> None:
        """The validation changed: check again."""
        self.duplicates = None
        self._key = None

    def check(self, destination_id: str | None, base_url: str) -> None:
        """Count the valid rows this destination accepted before (once per validation and place)."""
        v, journal, table = self.session.validation, self.session.journal, self.session.table
        if v is None or destination_id is None or not base_url or journal is None:
            self._show()
            return
        key = (id(v), destination_id, base_url)
        if key == self._key:
            return
        self._key = key
        self.duplicates = None

        def work(progress: Progress, cancel: CancelFlag) -> tuple[int, str]:
            assert table is not None  # a validation is always of the loaded table
            parts = job_parts(table, v)  # a paged file: its slices, validated again
            before = rows_accepted_before(journal, destination_id, base_url, parts, cancel)
            day = shown_day(before.last_active) if before.last_active else ""
            return before.count, day

        task = self.workers.start("duplicates", work)
        task.finished.connect(lambda result, k=key: self._checked(k, result))
        task.failed.connect(lambda message, hint, k=key: self._checked(k, (0, "")))
        self._show()

    def _checked(self, key: CheckKey, result: tuple[int, str]) -> None:
        if key != self._key:
            return  # an older check for another profile or validation
        self.duplicates, self.day = result
        self.send_again.setChecked(False)
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        self.setVisible(bool(self.duplicates))
        if self.duplicates:
            total = self.session.validation.valid_count if self.session.validation else 0
            if self.day:
                words = translate(
                    "DuplicateWarning",
                    "{n} of these {total} rows were already accepted by this destination on "
                    "{day} — send them again?",
                )
            else:
                words = translate(
                    "DuplicateWarning",
                    "{n} of these {total} rows were already accepted by this destination "
                    "before — send them again?",
                )
            self.notice.show_message(
                "warning",
                words.format(n=number(self.duplicates), total=number(total), day=self.day),
                translate(
                    "DuplicateWarning",
                    "The API may store them twice. Tick “Send them again” only if that is "
                    "intended.",
                ),
            )
            self.send_again.show()
        else:
            self.notice.clear()
            self.send_again.hide()


def shown_day(moment: datetime) -> str:
    """ "3 Nov 2026" / "03.11.26": the day in the operator's time zone as the locale writes it."""
    local = moment.astimezone()
    return QLocale().toString(
        QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat
    )
