"""③ Review: what validation found, grouped in plain words, with fixes; the whole table below.

Validation runs in a worker. Fixes change the mapping (trim, lower-case, date order) or the
excluded rows and re-validate; an edited cell re-validates just its row at once.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import validate as core_validate
from app.core.mapping import Mapping
from app.core.validate import IssueGroup, Progress, ValidationResult
from app.ui.assets import icon
from app.ui.dialogs.save_dialogs import ask_problems_path
from app.ui.models import review_rows
from app.ui.models.dataframe_model import DataFrameModel
from app.ui.models.issues_model import IssueGroupsModel
from app.ui.models.problem_index import (
    Checked,
    no_problem_words,
    nothing_to_send,
    server_rejections,
)
from app.ui.pages.base import StepPage
from app.ui.session import Session
from app.ui.texts import translate
from app.ui.theme import fit_page_margins, set_style_state
from app.ui.user_history import insight_panel
from app.ui.widgets.column_sort import ColumnSort
from app.ui.widgets.event_part_panel import EventPartPanel
from app.ui.widgets.notice import Notice
from app.ui.widgets.problem_card import ProblemCard
from app.ui.widgets.problem_cards import ProblemCardList
from app.ui.widgets.progress_panel import ProgressPanel
from app.ui.widgets.review_table import ReviewTable
from app.ui.words import review_lines as lines
from app.ui.workers import CancelFlag, Task, TaskRunner

# Up to this many rows an edited row is re-checked on the spot; above, in the worker.
# validate_rows is incremental: 8–23 ms at 1M rows (users and events), growing with the
# file's size, so only files past a couple of million rows need the worker.
SYNC_REVALIDATE_ROWS = 2_000_000


class ReviewPage(StepPage):
    """The third step: problem cards on top, the virtual table below."""

    title = "Review"
    icon_name = "step-review"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.runner = TaskRunner(self)
        self.validate_task: Task | None = None
        self.revalidate_task: Task | None = None
        self._dirty_rows: set[int] = set()  # frame rows edited since the last result
        self.checked: Checked | None = None
        self.group_filter: IssueGroup | None = None  # the group whose rows are shown, if any
        self.groups_model = IssueGroupsModel(self)
        self._build()
        session.table_changed.connect(self._table_changed)
        session.mapping_changed.connect(self._inputs_changed)
        session.excluded_changed.connect(self._inputs_changed)
        session.destination_changed.connect(self._inputs_changed)

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addLayout(self._build_heading_row())
        self.summary = QLabel("")
        self.summary.setObjectName("pageSubheading")
        layout.addWidget(self.summary)
        self.progress = ProgressPanel()
        self.progress.cancel_requested.connect(self.cancel_validation)
        layout.addWidget(self.progress)
        self.notice = Notice()
        layout.addWidget(self.notice)
        self.rejected_notice = Notice()  # why the destination refused these rows last time
        layout.addWidget(self.rejected_notice)
        self.cards_scroll = ProblemCardList()
        self.cards_scroll.show_rows.connect(self.show_group_rows)
        self.cards_scroll.fix.connect(self.apply_fix)
        self.cards_scroll.exclude.connect(self.exclude_group)
        layout.addWidget(self.cards_scroll)
        self.all_good = QLabel("")  # worded with the groups (no_problem_words)
        self.all_good.setObjectName("allGood")
        self.all_good.setWordWrap(True)
        self.all_good.hide()
        layout.addWidget(self.all_good)
        self.insight = insight_panel(self.session)  # who and when: users and times of rows sent
        layout.addWidget(self.insight)
        self.event_part = EventPartPanel(self.session)  # a then-event: its own check's findings
        layout.addWidget(self.event_part)
        layout.addLayout(self._build_filter_bar())
        layout.addWidget(self._build_table(), 1)
        words = translate(
            "ReviewPage", "Double-click a cell to correct it; the row is checked again at once."
        )
        self.table_view.setToolTip(words)
        self.edit_hint = QLabel(words)
        self.edit_hint.setObjectName("sectionHint")
        layout.addWidget(self.edit_hint)

    def _build_heading_row(self) -> QHBoxLayout:
        top = QHBoxLayout()
        heading = QLabel(translate("ReviewPage", "Review the rows"))
        heading.setObjectName("pageHeading")
        top.addWidget(heading)
        top.addStretch(1)
        self.recheck_button = QPushButton(translate("ReviewPage", "Check again"))
        self.recheck_button.setToolTip(
            translate("ReviewPage", "Check every row again (e.g. after a cancelled check)")
        )
        self.recheck_button.clicked.connect(lambda: self.start_validation())
        top.addWidget(self.recheck_button)
        self.download_button = QPushButton(
            icon("download"), translate("ReviewPage", "Download problems…")
        )
        self.download_button.setToolTip(
            translate("ReviewPage", "Save every problem as a CSV file (row, column, reason)")
        )
        self.download_button.clicked.connect(lambda: self.download_problems())
        top.addWidget(self.download_button)
        return top

    def _build_filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.only_problems = QCheckBox(translate("ReviewPage", "Only rows with problems"))
        self.only_problems.setToolTip(translate("ReviewPage", "Hide the rows that are fine"))
        self.only_problems.toggled.connect(self._apply_filter)
        bar.addWidget(self.only_problems)
        self.filter_label = QLabel("")
        self.filter_label.setObjectName("sectionHint")
        bar.addWidget(self.filter_label)
        self.show_all_button = QPushButton(translate("ReviewPage", "Show all rows"))
        self.show_all_button.setObjectName("linkButton")
        self.show_all_button.clicked.connect(self.show_all_rows)
        self.show_all_button.hide()
        bar.addWidget(self.show_all_button)
        bar.addStretch(1)
        self.exclude_button = QPushButton(translate("ReviewPage", "Exclude selected rows"))
        self.exclude_button.clicked.connect(self.exclude_selected)
        self.include_button = QPushButton(translate("ReviewPage", "Include again"))
        self.include_button.setToolTip(
            translate("ReviewPage", "Put the selected excluded rows back into the upload")
        )
        self.include_button.clicked.connect(self.include_selected)
        self.include_all_button = QPushButton(translate("ReviewPage", "Include all excluded"))
        self.include_all_button.setObjectName("linkButton")
        self.include_all_button.clicked.connect(self.include_all)
        self.include_all_button.hide()
        bar.addWidget(self.include_all_button)
        bar.addWidget(self.exclude_button)
        bar.addWidget(self.include_button)
        return bar

    def _build_table(self) -> ReviewTable:
        self.model = DataFrameModel(editable=True, parent=self)
        self.model.cell_edited.connect(self._cell_edited)
        self.table_view = ReviewTable(self.model)
        self.sorting = ColumnSort(self.model, self.table_view, self.runner, self.session.say)
        self.table_view.horizontalHeader().sectionClicked.connect(self.sort_by_column)
        return self.table_view

    # -- StepPage ------------------------------------------------------------------------------

    def primary_text(self) -> str:
        return "Next: Upload ▶"  # English: the shell words it (primary_words)

    def primary_enabled(self) -> bool:
        result = self.session.validation
        return result is not None and result.valid_count > 0 and not self.is_busy

    def primary_hint(self) -> str:
        result = self.session.validation
        if self.is_busy:
            return translate("ReviewPage", "Checking the rows…")
        if result is None:
            return translate("ReviewPage", "The rows have not been checked yet.")
        if result.total_rows == 0:
            return nothing_to_send(result)
        if result.valid_count == 0:
            return translate(
                "ReviewPage", "No row can be sent yet: fix the problems above or load another file."
            )
        return ""

    def is_complete(self) -> bool:
        return self.session.validation is not None and not self.is_busy

    def can_enter(self) -> bool:
        mapping = self.session.mapping
        return (
            self.session.table is not None
            and mapping is not None
            and mapping.destination == self.session.destination_id
            and not mapping.missing_required()
        )

    def on_enter(self) -> None:
        table = self.session.table
        if table is None:
            return
        if not review_rows.shown(self.model, table, self.session.paged):
            self.sorting.key = None
            review_rows.show_rows(self.model, table, self.session.paged)
            self.model.set_excluded(self.session.excluded_rows)
            self.table_view.fit_sampled_columns()
            self._show_rejections()
        if self.session.validation is None and not self.is_busy:
            self.start_validation()
        else:
            self._show_result()

    def shutdown(self) -> None:
        self.runner.shutdown()
        self.insight.shutdown()
        self.event_part.shutdown()

    @property
    def is_busy(self) -> bool:
        return any(
            t is not None and t.is_running for t in (self.validate_task, self.revalidate_task)
        )

    # -- validation ----------------------------------------------------------------------------

    def _table_changed(self) -> None:
        self.checked = None
        self.group_filter = None
        self.sorting.reset()
        if self.validate_task is not None:
            self.validate_task.cancel()
        table = self.session.table
        if table is not None:
            review_rows.show_rows(self.model, table, self.session.paged)
            self.table_view.fit_sampled_columns()
        self.model.set_issues(None)
        self._show_groups([])
        self._show_rejections()
        self.insight.clear()

    def _show_rejections(self) -> None:
        table = self.session.table
        count, reasons = server_rejections(table) if table is not None else (0, "")
        self.table_view.arrange_columns(table if count else None)
        if not count:
            self.rejected_notice.clear()
            return
        self.rejected_notice.show_message("warning", *lines.rejected_words(count, reasons))

    def _inputs_changed(self) -> None:
        # The mapping or the excluded rows changed: what was checked no longer holds.
        self.model.set_excluded(self.session.excluded_rows)
        self.model.set_value_maps(self.session.mapping.value_maps if self.session.mapping else None)
        if self.isVisible() and self.can_enter():
            self.start_validation()

    def start_validation(self) -> Task | None:
        """Check every row in the background."""
        table = self.session.table
        mapping: Mapping | None = self.session.mapping
        if table is None or mapping is None:
            return None
        excluded, paged = set(self.session.excluded_rows), self.session.paged

        def work(progress: Progress, cancel: CancelFlag) -> Checked:
            return review_rows.check_rows(table, paged, mapping, excluded, progress, cancel)

        self._dirty_rows.clear()
        if self.revalidate_task is not None:
            self.revalidate_task.cancel()  # the full check supersedes a pending row check
        task = self.runner.start("validate", work)
        self.validate_task = task
        task.progress.connect(self._on_progress)
        task.finished.connect(partial(self._validated, task))
        task.failed.connect(partial(self._failed, task))
        task.cancelled.connect(partial(self._cancelled, task))
        self.notice.clear()
        rows = self.session.row_count
        self.progress.start(translate("ReviewPage", "Checking %Ln row(s)…", None, rows))
        self.state_changed.emit()
        return task

    def cancel_work(self) -> None:
        """Esc on this page: stop checking."""
        if self.validate_task is not None and self.validate_task.is_running:
            self.cancel_validation()

    def cancel_validation(self) -> None:
        if self.validate_task is not None:
            self.progress.cancel_button.setEnabled(False)
            self.validate_task.cancel()

    def _on_progress(self, done: int, total: int, words: str) -> None:
        # The core reports steps ("checking emails"), not rows.
        words = words[:1].upper() + words[1:] if words else ""
        self.progress.update_progress(done, total, words, unit="steps")

    def _validated(self, task: Task, checked: Checked) -> None:
        if task is not self.validate_task:
            return
        self.progress.finish()
        self.checked = checked
        self.session.set_validation(checked.result)
        self.insight.show_for(checked.result)
        self.session.say(lines.checked_words(checked.result))
        self._show_result()
        self.state_changed.emit()

    def _failed(self, task: Task, message: str, hint: str) -> None:
        if task not in (self.validate_task, self.revalidate_task):
            return
        self.progress.finish()
        self.notice.show_message(
            "error",
            message,
            hint or translate("ReviewPage", "Go back to Map and check the chosen columns."),
        )
        self.state_changed.emit()

    def _cancelled(self, task: Task) -> None:
        if task is not self.validate_task:
            return
        self.progress.finish()
        self.notice.show_message(
            "info",
            translate("ReviewPage", "Checking was cancelled."),
            translate("ReviewPage", "Press Check again to see the problems."),
        )
        self.state_changed.emit()

    # -- showing -------------------------------------------------------------------------------

    def _show_result(self) -> None:
        checked = self.checked
        result = self.session.validation
        if checked is None or result is None or checked.result is not result:
            if result is not None and self.session.table is not None:
                checked = self.checked = review_rows.index_any(self.session.table, result)
            else:
                return
        self._install_issues(checked)
        self.summary.setText(lines.result_words(result))
        self._show_groups(result.groups)
        self._apply_filter()
        self.include_all_button.setVisible(bool(self.session.excluded_rows))

    def _install_issues(self, checked: Checked) -> None:
        warning_rows = checked.problem_rows - checked.error_rows
        self.model.set_issues(
            checked.result.cell_messages,
            warning_cells=checked.warning_cells,
            error_rows=checked.error_rows,
            warning_rows=warning_rows,
        )

    def _show_groups(self, groups: list[IssueGroup]) -> None:
        self.groups_model.set_groups(groups)
        self.cards_scroll.set_groups(groups)
        has_result = self.session.validation is not None
        # As tall as the cards (up to a limit), so no empty band sits above the table.
        self.cards_scroll.fit_height(self.height())
        self.cards_scroll.setVisible(bool(groups))
        words, kind = no_problem_words(self.session.validation, self.session.table)
        self.all_good.setText(words)
        if self.all_good.property("kind") != kind:
            set_style_state(self.all_good, "kind", kind)
        self.all_good.setVisible(has_result and not groups)
        self.download_button.setEnabled(has_result and bool(groups))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        compact = fit_page_margins(self)
        self.edit_hint.setVisible(not compact)  # the table's tooltip says the same
        if self.cards_scroll.cards:
            # Wrapped sentences need more or less height at a new width.
            self.cards_scroll.fit_height(self.height())

    @property
    def cards(self) -> list[ProblemCard]:
        """The problem cards shown, one per group."""
        return self.cards_scroll.cards

    def _apply_filter(self) -> None:
        checked = self.checked
        table = self.session.table
        if table is None:
            return
        if self.group_filter is not None:
            positions = review_rows.positions_of(table, self.session.paged, self.group_filter.rows)
            self.model.set_rows(positions)
            self.filter_label.setText(lines.showing_words(len(positions), self.group_filter))
            self.show_all_button.show()
        elif self.only_problems.isChecked() and checked is not None:
            self.model.set_rows(checked.problem_positions)
            self.filter_label.setText(lines.with_problems_words(len(checked.problem_positions)))
            self.show_all_button.show()
        else:
            self.model.set_rows(None)
            self.filter_label.setText(lines.rows_words(self.session.row_count))
            self.show_all_button.hide()

    def show_group_rows(self, group: IssueGroup) -> None:
        """Show only the rows of one problem group and jump to the first."""
        self.group_filter = group
        self._apply_filter()
        if self.model.rowCount():
            col = 0
            if group.column and group.column in self.model.headers:
                col = self.model.headers.index(group.column)
            index = self.model.index(0, col)
            self.table_view.scrollTo(index)
            self.table_view.setCurrentIndex(index)

    def show_all_rows(self) -> None:
        self.group_filter = None
        self.only_problems.blockSignals(True)
        self.only_problems.setChecked(False)
        self.only_problems.blockSignals(False)
        self._apply_filter()

    # -- sorting -------------------------------------------------------------------------------

    def sort_by_column(self, col: int) -> Task | None:
        """Ascending, then descending, then back to file order (`ColumnSort`)."""
        return self.sorting.toggle(col)

    # -- fixes ---------------------------------------------------------------------------------

    def apply_fix(self, group: IssueGroup) -> bool:
        """Apply the group's one-click fix to the mapping (`Mapping.with_fix`); validation
        runs again."""
        mapping: Mapping | None = self.session.mapping
        fix = group.fix
        if mapping is None or not fix:
            return False
        try:
            new = mapping.with_fix(group.field, fix, column=group.column)
        except ValueError:
            return False  # a field that is not mapped, or a fix that does not apply to it
        self.group_filter = None
        self.session.set_mapping(new)
        self.session.say(lines.applied_words(fix, group.field))
        return True

    def exclude_group(self, group: IssueGroup) -> None:
        """Leave every row of the group out of the upload."""
        self.group_filter = None
        self.session.set_excluded_rows(self.session.excluded_rows | set(group.rows))
        self.session.say(lines.excluded_words(group.count))

    def include_all(self) -> None:
        """Put every excluded row back."""
        if self.session.excluded_rows:
            self.session.set_excluded_rows(set())

    def _selected_row_numbers(self) -> set[int]:
        rows = {index.row() for index in self.table_view.selectionModel().selectedIndexes()}
        current = self.table_view.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        return {self.model.row_number(r) for r in rows}

    def exclude_selected(self) -> None:
        chosen = self._selected_row_numbers()
        if chosen:
            self.session.set_excluded_rows(self.session.excluded_rows | chosen)

    def include_selected(self) -> None:
        chosen = self._selected_row_numbers() & self.session.excluded_rows
        if chosen:
            self.session.set_excluded_rows(self.session.excluded_rows - chosen)

    def _cell_edited(self, frame_row: int, column: str, text: str) -> None:
        table = self.session.table
        mapping = self.session.mapping
        previous = self.session.validation
        if table is None or mapping is None:
            return
        self.session.edited = True
        if previous is None or (self.validate_task is not None and self.validate_task.is_running):
            self.start_validation()  # a full check is due anyway; it will see the edit
            return
        self._dirty_rows.add(frame_row)
        rows = sorted(self._dirty_rows)
        if self.session.paged is not None or len(table) <= SYNC_REVALIDATE_ROWS:
            try:
                result = review_rows.recheck_rows(table, mapping, rows, previous)
            except Exception as exc:  # noqa: BLE001 - shown in words; a full check still works
                self.notice.show_message("error", lines.recheck_failed_words(exc))
                return
            self._revalidated(None, rows, result)
            return

        # Big files: merging takes a moment, so off the GUI thread; a newer edit restarts it.
        def work(_progress: Progress, _cancel: CancelFlag) -> ValidationResult:
            return review_rows.recheck_rows(table, mapping, rows, previous)

        task = self.runner.start("revalidate", work)
        self.revalidate_task = task
        task.finished.connect(partial(self._revalidated, task, rows))
        task.failed.connect(partial(self._failed, task))
        number = review_rows.row_number(table, self.session.paged, frame_row)
        self.session.say(lines.checking_row_words(number))
        self.state_changed.emit()

    def _revalidated(self, task: Task | None, rows: list[int], result: ValidationResult) -> None:
        if task is not None and task is not self.revalidate_task:
            return
        table = self.session.table
        if table is None:
            return
        self._dirty_rows.difference_update(rows)
        self.checked = review_rows.rechecked_any(self.checked, table, rows, result)
        self.session.set_validation(result)
        self.insight.show_for(result)
        last = review_rows.row_number(table, self.session.paged, rows[-1])
        issues = [i for i in result.issues_for_row(last) if i.severity == "error"]
        self.session.say(lines.recheck_words(last, issues[0] if issues else None))
        # Keep the view where it is: repaint only, don't re-filter under the operator's cursor.
        self._install_issues(self.checked)
        self.summary.setText(lines.result_words(result))
        self._show_groups(result.groups)
        self.state_changed.emit()

    # -- report --------------------------------------------------------------------------------

    def download_problems(self, path: Path | None = None) -> Path | None:
        """Save the problems as CSV (asks where unless `path` is given)."""
        result = self.session.validation
        table = self.session.table
        if result is None or table is None:
            return None
        if path is None:
            path = ask_problems_path(self, table.info.path)
            if path is None:
                return None
        try:
            written = core_validate.write_issue_report(result, path)
        except OSError as exc:
            self.notice.show_message(
                "error",
                translate("ReviewPage", "The problem list could not be saved."),
                str(exc.strerror or exc),
            )
            return None
        self.session.say(lines.saved_words(len(result.issues), written.name))
        return written
