"""⑤ Report: what happened to every row — the summary, rejected and failed rows by reason, and
what to do next (export, retry the failed rows, fix the rejected ones and import them again).

Outcomes are read from the journal in a worker; the rows table is a virtual model over plain
column lists, so a million rejections scroll as smoothly as ten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.destinations import get_destination
from app.core.journal import JobSummary, Journal, RowOutcome
from app.core.mapping import Mapping
from app.core.reasons import plain_reason
from app.core.receipt import lost_answer_warning, receipts_dir
from app.core.report import (
    UTF8_EXPORT,
    ReasonGroup,
    csv_export_encoding,
    exclude_report_columns,
    group_by_reason,
    report_columns,
    report_rows,
    write_rejection_report,
)
from app.core.table import SourceInfo, Table
from app.ui.accessibility import named_table
from app.ui.destination_names import destination_label
from app.ui.dialogs.save_dialogs import ask_export_path
from app.ui.models.outcome_model import OutcomeColumns, OutcomeModel, outcome_columns
from app.ui.pages.base import StepPage
from app.ui.session import Session
from app.ui.texts import number, translate
from app.ui.theme import fit_page_margins
from app.ui.widgets.notice import Notice
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


@dataclass(frozen=True)
class ReportData:
    """Everything the Report step shows, read and prepared in a worker."""

    job: JobSummary
    outcomes: list[RowOutcome]
    groups: list[ReasonGroup]
    columns: OutcomeColumns
    receipt_saved: bool
    duplicate_warning: str | None = None  # rows re-sent where the API keeps every copy


def _duplicate_warning(journal: Journal, job: JobSummary) -> str | None:
    """The warning when rows were re-sent after a lost answer to an API that keeps every copy."""
    try:
        destination = get_destination(job.destination_id)
    except KeyError:
        return None
    resent = journal.job_stats(job.id).resent_after_lost_answer
    if lost_answer_warning(resent, destination.label, destination.server_dedupe) is None:
        return None  # the core decides whether to warn; the words are the operator's language
    label = destination.label  # the vendor's name ("Ours Privacy"): the same in every language
    if resent == 1:
        return translate(
            "ReportPage",
            "1 row was sent again after an answer was lost; {destination} does not remove "
            "duplicates, so up to 1 may be stored twice.",
        ).format(destination=label)
    return translate(
        "ReportPage",
        "{rows} rows were sent again after an answer was lost; {destination} does not remove "
        "duplicates, so up to {rows} may be stored twice.",
    ).format(rows=number(resent), destination=label)


def table_from_outcomes(outcomes: list[RowOutcome], job: JobSummary) -> Table:
    """The rejected rows as a Table again: original cells, original row numbers, same columns,
    then the report's Row/Field/Code/Reason/State columns, so each row shows why the API
    refused it (the reason in plain words; the API's code beside it)."""
    info = job.source_info or {}
    headers = [str(h) for h in info.get("headers") or []]
    ordered = sorted(outcomes, key=lambda o: o.row)
    originals, extras = report_columns(ordered, headers or None)
    data: dict[str, list[str]] = {c: [] for c in [*originals, *extras]}
    for outcome, cells in zip(ordered, report_rows(ordered, originals), strict=True):
        cells[len(originals) + 3] = plain_reason(outcome.code, outcome.message)
        for column, value in zip(data, cells, strict=True):
            data[column].append("" if value is None else str(value))
    df = pd.DataFrame(data, columns=list(data), dtype="str")
    source = SourceInfo(
        path=Path(job.source_path),
        format=str(info.get("format") or Path(job.source_path).suffix.lstrip(".") or "csv"),
        encoding=info.get("encoding"),
        delimiter=info.get("delimiter"),
        sheet=info.get("sheet"),
        header_row=int(info.get("header_row") or 1),
    )
    rows = np.asarray([int(o.row) for o in ordered], dtype=np.int64)
    note = translate(
        "ReportPage", "{rows} rejected rows of job {job}, with their original row numbers"
    ).format(rows=number(len(ordered)), job=job.id)
    return Table(df=df, row_numbers=rows, info=source, warnings=[note])


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
        self.outcomes: list[RowOutcome] = []
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
        body = QHBoxLayout()
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
        return job is not None and job.id == self.session.job_id and job.pending == 0

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
            self.job = None
            self.outcomes = []
            self._show()
            return

        def work(_progress: object, _cancel: CancelFlag) -> ReportData:
            job = journal.job(job_id)
            outcomes = journal.row_outcomes(job_id)  # every row not accepted, sent or not
            folder = receipts_dir()
            saved = any(folder.glob(f"*{job.id}*")) if folder.exists() else False
            return ReportData(
                job,
                outcomes,
                group_by_reason(outcomes),
                outcome_columns(outcomes),
                saved,
                _duplicate_warning(journal, job),
            )

        self.summary.setText(translate("ReportPage", "Reading the outcome…"))
        failed = translate("ReportPage", "The outcome could not be read")
        self._start("load", work, self._loaded, failed)

    def _loaded(self, data: ReportData) -> None:
        self.job, self.outcomes, self.receipt_saved = data.job, data.outcomes, data.receipt_saved
        self.groups = data.groups
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
            self._columns = outcome_columns([])
            self.model.set_columns(self._columns)
            self.group_list.blockSignals(False)
            self._update_buttons()
            return
        self.heading.setText(translate("ReportPage", "Report — job {job}").format(job=job.id))
        self.summary.setText(summary_words(job, self.receipt_saved))
        stopped = stop_words(job)
        if stopped:
            self.notice.show_message("warning", *stopped)
        elif self._stop_shown:
            self.notice.clear()
        self._stop_shown = stopped is not None
        self.details.setText(details_words(job, destination_label(job.destination_id)))
        if self.outcomes:
            count = len(self.outcomes)
            all_item = QListWidgetItem(
                translate("ReportPage", "All %Ln row(s) not accepted", None, count)
            )
            self.group_list.addItem(all_item)
            for group in self.groups:
                item = QListWidgetItem(group_words(group))
                item.setToolTip(group_tooltip(group))
                self.group_list.addItem(item)
            self.group_list.setCurrentRow(0)
            self.rows_label.setText(translate("ReportPage", "Rows"))
        else:
            self.rows_label.setText(translate("ReportPage", "Every row of the file was accepted."))
        self.group_list.blockSignals(False)
        self.model.set_columns(self._columns)
        self._update_buttons()

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
        self.retry_button.setEnabled(job is not None and job.failed > 0)
        self.fix_button.setEnabled(job is not None and job.rejected > 0)
        pending = 0 if job is None else int(job.pending)
        self.resume_button.setVisible(pending > 0)
        self.resume_button.setText(
            translate("ReportPage", "Send the remaining %Ln row(s)", None, pending)
        )

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
        """Failed rows become pending again and the Upload step sends them."""
        job = self.job
        if job is None or not job.failed:
            return
        journal = self.session.journal
        n = journal.reset_failed_to_pending(job.id)
        self.session.say(translate("ReportPage", "Sending %Ln failed row(s) again…", None, n))
        self.resume_requested.emit(job.id, True)
        self.step_requested.emit(UPLOAD_STEP)

    def send_the_rest(self) -> None:
        """The job stopped early: go back to Upload and send the rows still pending."""
        job = self.job
        if job is None or not job.pending:
            return
        self.resume_requested.emit(job.id, False)
        self.step_requested.emit(UPLOAD_STEP)

    def fix_and_reimport(self) -> None:
        """Open the rejected rows in Review (original cells and row numbers, same mapping)."""
        job = self.job
        rejected = [o for o in self.outcomes if o.state == "rejected"]
        if job is None or not rejected:
            return
        table = table_from_outcomes(rejected, job)
        session = self.session
        if session.destination_id != job.destination_id:
            session.set_destination(job.destination_id)
        count = len(rejected)
        label = translate("ReportPage", "%Ln rejected row(s) of {file}", None, count)
        label = label.format(file=job.file_name)
        session.set_table(table, label=label)
        try:
            mapping = Mapping.from_dict(job.mapping)
        except (KeyError, TypeError, ValueError):
            session.set_mapping(None)  # the Map step suggests one again
        else:
            # The Row/Field/Code/Reason/State columns explain; they are never sent.
            session.set_mapping(exclude_report_columns(mapping, table.headers))
        session.say(translate("ReportPage", "Opened %Ln rejected row(s) for fixing.", None, count))
        self.step_requested.emit(REVIEW_STEP if session.mapping is not None else 1)
