"""⑤ Report: what happened to every row — the summary, rejected and failed rows by reason, and
what to do next (export, retry the failed rows, fix the rejected ones and import them again).

Outcomes are read from the journal in a worker; the rows table is a virtual model over plain
column lists, so a million rejections scroll as smoothly as ten. A users-and-events job shows
as one: its verdict, each part's counts and one line per row not delivered whole, naming the
part and how the other part stands; retry sends both parts' failed rows again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.job_report import ReportLine
from app.core.jobstate import Verdict
from app.core.journal import JobSummary
from app.core.pair_outcomes import PairSummary, pair_verdict
from app.core.report import (
    UTF8_EXPORT,
    ReasonGroup,
    csv_export_encoding,
    write_rejection_report,
)
from app.core.resume import retry_failed, rows_to_send
from app.ui.accessibility import named_table
from app.ui.destination_names import destination_label
from app.ui.dialogs.save_dialogs import ask_export_path
from app.ui.models.outcome_model import OutcomeModel, outcome_columns
from app.ui.pages.base import StepPage
from app.ui.report_data import ReportData, read_report, reopen_rejected
from app.ui.session import Session
from app.ui.texts import translate
from app.ui.theme import fit_page_margins
from app.ui.widgets.notice import Notice
from app.ui.words.pair_words import (
    pair_counts_words,
    pair_destinations,
    pair_group_words,
    pair_verdict_words,
)
from app.ui.words.report_lines import (
    details_words,
    export_words,
    group_tooltip,
    group_words,
    stop_words,
    summary_words,
)
from app.ui.workers import CancelFlag, TaskRunner

Result = TypeVar("Result")  # what a background task of this page hands back

UPLOAD_STEP = 3
REVIEW_STEP = 2
LOAD_STEP = 0


class ReportPage(StepPage):
    """The last step: the job's outcome and the ways forward."""

    title = "Report"
    icon_name = "step-report"

    exported = Signal(str)  # path written
    loaded = Signal()  # outcomes for the session's job are shown
    # Send a job's pending rows from the Upload step: (job id, start at once); MainWindow connects it.
    resume_requested = Signal(str, bool)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.workers = TaskRunner(self, max_threads=1)
        self.job: JobSummary | None = None
        self.pair: PairSummary | None = None  # a users-and-events job: both parts
        self.outcomes: list[ReportLine] = []
        self.groups: list[ReasonGroup] = []
        self.receipt_saved = False
        self.duplicate_warning: str | None = None
        self._columns = outcome_columns([])
        self._loaded_for: str | None = None
        self._stop_shown = False  # the notice says why the job stopped
        self._build()
        session.job_changed.connect(self._job_changed)

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(12)
        self.heading = QLabel(translate("ReportPage", "Report"))
        self.heading.setObjectName("pageHeading")
        layout.addWidget(self.heading)
        self.summary = QLabel(translate("ReportPage", "No upload yet."))
        self.summary.setObjectName("reportSummary")
        self.summary.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.pair_counts = QLabel("")
        self.pair_counts.setObjectName("pairCounts")
        self.pair_counts.setWordWrap(True)
        self.pair_counts.hide()
        layout.addWidget(self.pair_counts)
        self.details = QLabel("")
        self.details.setObjectName("pageSubheading")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        layout.addLayout(self._build_actions())
        self.notice = Notice()
        layout.addWidget(self.notice)
        self.duplicates_notice = Notice()
        layout.addWidget(self.duplicates_notice)
        self.body = body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self._build_reasons(), 2)
        body.addWidget(self._build_rows(), 3)
        layout.addLayout(body, 1)
        self._update_buttons()

    def _build_actions(self) -> QHBoxLayout:
        self.export_csv_button = QPushButton(translate("ReportPage", "Export CSV…"))
        self.export_csv_button.clicked.connect(lambda: self.choose_export("csv"))
        self.export_xlsx_button = QPushButton(translate("ReportPage", "Export Excel…"))
        self.export_xlsx_button.clicked.connect(lambda: self.choose_export("xlsx"))
        self.retry_button = QPushButton(translate("ReportPage", "Retry failed rows"))
        self.retry_button.clicked.connect(self.retry_failed)
        self.fix_button = QPushButton(translate("ReportPage", "Fix and re-import"))
        self.fix_button.clicked.connect(self.fix_and_reimport)
        self.resume_button = QPushButton(translate("ReportPage", "Send the rest"))
        self.resume_button.setToolTip(
            translate("ReportPage", "Go back to Upload and send the rows not sent yet")
        )
        self.resume_button.clicked.connect(self.send_the_rest)
        self.resume_button.hide()
        for button, keys, words in (
            (
                self.export_csv_button,
                "Ctrl+E",
                translate("ReportPage", "Save the rejected and failed rows as CSV"),
            ),
            (
                self.export_xlsx_button,
                "Ctrl+Shift+E",
                translate("ReportPage", "Save them as an Excel workbook"),
            ),
            (self.retry_button, "Ctrl+R", translate("ReportPage", "Send the failed rows again")),
            (
                self.fix_button,
                "Ctrl+I",
                translate("ReportPage", "Open the rejected rows in Review to fix them"),
            ),
        ):
            shortcut = QKeySequence(keys)
            button.setShortcut(shortcut)
            shown = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(
                translate("ReportPage", "{what} ({keys})").format(what=words, keys=shown)
            )
            button.setProperty("keysShown", shown)
        actions = QHBoxLayout()
        for button in (
            self.export_csv_button,
            self.export_xlsx_button,
            self.retry_button,
            self.fix_button,
            self.resume_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        return actions

    def _build_reasons(self) -> QFrame:
        groups_box = QFrame()
        groups_layout = QVBoxLayout(groups_box)
        groups_layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(translate("ReportPage", "By reason"))
        label.setObjectName("sectionLabel")
        groups_layout.addWidget(label)
        self.group_list = named_table(
            QListWidget(), translate("ReportPage", "Rows not accepted, by reason")
        )
        self.group_list.setObjectName("reasonList")
        self.group_list.setWordWrap(True)
        # Lines wrap at the list's width, measured again when it changes (a pair's list is
        # narrower); a sideways scroll bar would let Qt measure them wider than shown.
        self.group_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.group_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.group_list.setSpacing(2)
        self.group_list.setStyleSheet("#reasonList::item { padding: 6px 8px; }")
        self.group_list.currentRowChanged.connect(self._group_chosen)
        groups_layout.addWidget(self.group_list, 1)
        return groups_box

    def _build_rows(self) -> QFrame:
        rows_box = QFrame()
        rows_layout = QVBoxLayout(rows_box)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_label = QLabel(translate("ReportPage", "Rows"))
        self.rows_label.setObjectName("sectionLabel")
        rows_layout.addWidget(self.rows_label)
        self.model = OutcomeModel(self)
        self.table = named_table(
            QTableView(),
            translate("ReportPage", "Rows not accepted"),
            translate("ReportPage", "Each row's number, field and reason"),
        )
        self.table.setObjectName("outcomeTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        rows_layout.addWidget(self.table, 1)
        return rows_box

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        fit_page_margins(self)  # short windows (200 % scaling): tighter margins

    # -- StepPage ------------------------------------------------------------------------------

    def can_enter(self) -> bool:
        return self.session.job_id is not None

    def is_complete(self) -> bool:
        # Only the session's own job: after a new file the tick belongs to nothing shown.
        job = self.job
        if job is None or job.id != self.session.job_id:
            return False
        if self.pair is not None:
            return pair_verdict(self.pair) not in (Verdict.UNFINISHED, Verdict.STOPPED)
        return job.pending == 0

    def primary_text(self) -> str:
        return "Import another file ▶"  # English: the shell words it (primary_words)

    def primary_enabled(self) -> bool:
        return True

    def on_primary(self) -> None:
        """Start over: the Load step's drop zone, with nothing of this import left loaded."""
        self.session.set_table(None)
        self.step_requested.emit(LOAD_STEP)

    def on_enter(self) -> None:
        self.reload()

    def shutdown(self) -> None:
        self.workers.shutdown()

    # -- loading -------------------------------------------------------------------------------

    def _job_changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._loaded_for = None

    def reload(self) -> None:
        """Read the session's job and its rejected/failed rows from the journal (in a worker)."""
        job_id = self.session.job_id
        journal = self.session.journal
        if job_id is None or journal is None:
            self.job, self.pair = None, None
            self.outcomes = []
            self._show()
            return

        def work(_progress: object, _cancel: CancelFlag) -> ReportData:
            return read_report(journal, job_id)

        if self._loaded_for != job_id:  # a re-read of the job shown keeps its figures up
            self.summary.setText(translate("ReportPage", "Reading the outcome…"))
        failed = translate("ReportPage", "The outcome could not be read")
        self._start("load", work, self._loaded, failed)

    def _loaded(self, data: ReportData) -> None:
        self.job, self.outcomes, self.receipt_saved = data.job, data.outcomes, data.receipt_saved
        self.groups, self.pair = data.groups, data.pair
        self._columns = data.columns
        self.duplicate_warning = data.duplicate_warning
        self._loaded_for = self.job.id
        self._show()
        self.loaded.emit()
        self.state_changed.emit()

    def _show(self) -> None:
        job = self.job
        self.group_list.blockSignals(True)
        self.group_list.clear()
        if job is None or not self.duplicate_warning:
            self.duplicates_notice.clear()
        else:
            self.duplicates_notice.show_message(
                "warning",
                self.duplicate_warning,
                translate(
                    "ReportPage",
                    "Check the destination for these rows before sending the file again; "
                    "the receipt records this too.",
                ),
            )
        if job is None:
            self.heading.setText(translate("ReportPage", "Report"))
            self.summary.setText(translate("ReportPage", "No upload yet."))
            self.details.setText("")
            self.pair_counts.hide()
            self._columns = outcome_columns([])
            self.model.set_columns(self._columns)
            self.group_list.blockSignals(False)
            self._update_buttons()
            return
        self.heading.setText(translate("ReportPage", "Report — job {job}").format(job=job.id))
        # A pair's table has two more columns: it takes more of the width from the reasons
        # (before they are laid out, so their wrapped lines are measured at their width).
        self.body.setStretch(0, 1 if self.pair is not None else 2)
        self.body.setStretch(1, 2 if self.pair is not None else 3)
        self._show_summary(job)
        if self.outcomes:
            self._show_groups()
            self.rows_label.setText(translate("ReportPage", "Rows"))
        elif self.pair is not None:
            self.rows_label.setText(translate("PairReport", "No row of the file was refused."))
        else:
            self.rows_label.setText(translate("ReportPage", "Every row of the file was accepted."))
        self.group_list.blockSignals(False)
        self.model.set_columns(self._columns)
        self._fit_columns()
        self._update_buttons()

    def _show_summary(self, job: JobSummary) -> None:
        """The outcome in a sentence (a pair's: its verdict and each part's counts), why it
        stopped, and which file went where."""
        pair = self.pair
        if pair is None:
            self.summary.setText(summary_words(job, self.receipt_saved))
            self.pair_counts.hide()
        else:
            text = pair_verdict_words(pair_verdict(pair), pair, len(self.outcomes))
            if self.receipt_saved:
                text = translate("ReportPage", "{outcome} — receipt saved").format(outcome=text)
            self.summary.setText(text)
            self.pair_counts.setText(pair_counts_words(pair))
            self.pair_counts.show()
        # A pair stops in the part it was sending: its users, else its events; events held
        # behind failed users leave that part "paused" though nothing is left to send.
        part = job if pair is None or pair.users.pending else pair.events
        stopped = stop_words(part)
        if pair is not None and pair_verdict(pair) not in (Verdict.UNFINISHED, Verdict.STOPPED):
            stopped = None
        if stopped:
            self.notice.show_message("warning", *stopped)
        elif self._stop_shown:
            self.notice.clear()
        self._stop_shown = stopped is not None
        where = destination_label(job.destination_id) if pair is None else pair_destinations(pair)
        self.details.setText(details_words(job, where))

    def _show_groups(self) -> None:
        count = len(self.outcomes)
        if self.pair is None:
            words = translate("ReportPage", "All %Ln row(s) not accepted", None, count)
        else:
            words = translate("PairReport", "All %Ln row(s) not delivered whole", None, count)
        self.group_list.addItem(QListWidgetItem(words))
        for group in self.groups:
            text = group_words(group) if self.pair is None else pair_group_words(group)
            item = QListWidgetItem(text)
            item.setToolTip(group_tooltip(group))
            self.group_list.addItem(item)
        self.group_list.setCurrentRow(0)

    def _fit_columns(self) -> None:
        """Row, outcome (and a pair's part and other part) fit their words; the field can be
        widened; the reason, last, gets the room left."""
        header = self.table.horizontalHeader()
        narrow = 4 if self.pair is not None else 2
        for section in range(self.model.columnCount()):
            mode = QHeaderView.ResizeMode.ResizeToContents
            if section >= narrow:
                mode = QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(section, mode)

    def _group_chosen(self, index: int) -> None:
        if index <= 0 or index > len(self.groups):
            self.model.set_columns(self._columns)
            return
        group = self.groups[index - 1]
        self.model.set_columns(self._columns, only_rows=group.rows)

    def _update_buttons(self) -> None:
        job = self.job
        has_rows = bool(self.outcomes)
        self.export_csv_button.setEnabled(has_rows)
        self.export_xlsx_button.setEnabled(has_rows)
        self.retry_button.setEnabled(self._failed() > 0)
        pair = self.pair
        rejected = 0 if job is None else job.rejected + (pair.events.rejected if pair else 0)
        self.fix_button.setEnabled(rejected > 0)
        self._word_fix_button()
        pending = self._to_send()
        self.resume_button.setVisible(pending > 0)
        self.resume_button.setText(
            translate("ReportPage", "Send the remaining %Ln row(s)", None, pending)
        )

    def _word_fix_button(self) -> None:
        """What "Fix and re-import" opens: a pair's rows come back whole (`reopen_rejected`)."""
        if self.pair is None:
            words = translate("ReportPage", "Open the rejected rows in Review to fix them")
        else:
            words = translate(
                "PairReport",
                "Open the rows refused in either part in Review to fix them; their users are "
                "sent again (an update, never twice), then their events",
            )
        keys = str(self.fix_button.property("keysShown") or "")
        what = translate("ReportPage", "{what} ({keys})").format(what=words, keys=keys)
        self.fix_button.setToolTip(what)

    def _failed(self) -> int:
        """Failed rows to send again (both parts of a pair)."""
        if self.job is None:
            return 0
        return self.job.failed + (self.pair.events.failed if self.pair is not None else 0)

    def _to_send(self) -> int:
        """Rows still to send (a pair's users and their events; not those held behind failed
        users: a retry sends those)."""
        if self.job is None:
            return 0
        return rows_to_send(self.pair) if self.pair is not None else int(self.job.pending)

    # -- actions -------------------------------------------------------------------------------

    def choose_export(self, kind: str) -> None:
        """Ask where to save, then export."""
        if self.job is None:
            return
        path = ask_export_path(self, self.job.file_name, kind)
        if path is not None:
            self.export(path)

    def export(self, path: Path) -> None:
        """Write the rejected and failed rows (original columns first) to `path` in a worker."""
        outcomes = list(self.outcomes)
        info = (self.job.source_info or {}) if self.job is not None else {}
        headers = info.get("headers")
        delimiter = str(info.get("delimiter") or ",") if path.suffix.lower() == ".csv" else ","
        source_encoding = info.get("encoding")

        def work(_progress: object, _cancel: CancelFlag) -> tuple[str, str]:
            encoding = UTF8_EXPORT
            if path.suffix.lower() == ".csv":
                encoding = csv_export_encoding(outcomes, headers or None, source_encoding)
            written = write_rejection_report(
                outcomes, path, columns=headers or None, delimiter=delimiter, encoding=encoding
            )
            return str(written), export_words(path, delimiter, encoding, source_encoding)

        self._start(
            "export", work, self._exported, translate("ReportPage", "The report could not be saved")
        )

    def _start(
        self,
        name: str,
        work: Callable[[object, CancelFlag], Result],
        on_done: Callable[[Result], None],
        failed: str,
    ) -> None:
        """Run `work` in the background: `on_done` gets its result; a failure shows in the notice
        as "<failed>: <why>"."""
        task = self.workers.start(name, work)
        task.finished.connect(on_done)
        task.failed.connect(
            lambda message, hint: self.notice.show_message(
                "error",
                translate("ReportPage", "{failed}: {why}").format(failed=failed, why=message),
                hint,
            )
        )

    def _exported(self, result: tuple[str, str]) -> None:
        path, how = result
        where = str(Path(path).parent)
        saved = translate("ReportPage", "Saved {file}").format(file=Path(path).name)
        self.notice.show_message("info", saved, f"{how} {where}".strip())
        self.session.say(translate("ReportPage", "Report saved to {path}").format(path=path))
        self.exported.emit(path)

    def retry_failed(self) -> None:
        """Failed rows become pending again and the Upload step sends them (a pair's failed
        users and failed events; `backfill resume --retry-failed` does the same)."""
        job = self.job
        if job is None or not self._failed():
            return
        n = retry_failed(self.session.journal, job.id)
        self.session.say(translate("ReportPage", "Sending %Ln failed row(s) again…", None, n))
        self.resume_requested.emit(job.id, True)
        self.step_requested.emit(UPLOAD_STEP)

    def send_the_rest(self) -> None:
        """The job stopped early: go back to Upload and send the rows still pending."""
        job = self.job
        if job is None or not self._to_send():
            return
        self.resume_requested.emit(job.id, False)
        self.step_requested.emit(UPLOAD_STEP)

    def fix_and_reimport(self) -> None:
        """Open the rejected rows in Review (original cells and row numbers, same mapping; a
        pair's rows not delivered whole with its event part too, see `reopen_rejected`)."""
        job = self.job
        reopened = None
        if job is not None:
            reopened = reopen_rejected(
                ReportData(job, self.outcomes, [], self._columns, False, None, self.pair)
            )
        if job is None or reopened is None:
            return
        session = self.session
        if session.destination_id != job.destination_id:
            session.set_destination(job.destination_id)
        count = reopened.count
        if self.pair is None:
            label = translate("ReportPage", "%Ln rejected row(s) of {file}", None, count)
            said = translate("ReportPage", "Opened %Ln rejected row(s) for fixing.", None, count)
        else:
            label = translate("PairReport", "%Ln row(s) of {file} not delivered whole", None, count)
            said = translate(
                "PairReport",
                "Opened %Ln row(s) not delivered whole for fixing. Their users go again as an "
                "update (tick “Send them again” on Upload), then their events.",
                None,
                count,
            )
        session.set_table(reopened.table, label=label.format(file=job.file_name))
        session.set_mapping(reopened.mapping)  # None: the Map step suggests one again
        session.set_then_event(reopened.then_event)
        session.say(said)
        self.step_requested.emit(REVIEW_STEP if session.mapping is not None else 1)
