"""Review's "Then-event" section: a users sheet's event part (Session.then_event) checked in
the background as the pair's upload will check it (`app.core.pair_validation`), after each
check of the users; its invalid count, its problems, and that those rows still send their user.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.issues import IssueGroup
from app.core.pair_validation import event_part_tally
from app.core.stream import sliced_table
from app.core.tally import GroupTally, ValidationTally
from app.core.validate import Progress
from app.ui.session import Session
from app.ui.texts import number, translate
from app.ui.words.review_lines import group_detail, group_headline, rows_words
from app.ui.words.review_words import said
from app.ui.workers import CancelFlag, Task, TaskRunner


class EventPartPanel(QWidget):
    """A heading, one line per problem of the event part, and the rule for its rows."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = TaskRunner(self)
        self.task: Task | None = None
        self.tally: ValidationTally | None = None  # the last check's, None: none shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.heading = self._label("problemText", translate("EventPartPanel", "Then-event"))
        self.problems = self._label(
            "sectionHint", translate("EventPartPanel", "Problems of the then-event")
        )
        self.note = self._label("sectionHint", translate("EventPartPanel", "Then-event rule"))
        for label in (self.heading, self.problems, self.note):
            layout.addWidget(label)
        self.hide()
        # Whatever the check was made of changed: the users are checked again, then this.
        session.validation_changed.connect(self.check)
        session.then_event_changed.connect(self.check)
        session.table_changed.connect(self.clear)
        session.mapping_changed.connect(self.clear)

    @staticmethod
    def _label(name: str, accessible: str) -> QLabel:
        label = QLabel("")
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(accessible)
        return label

    def check(self) -> Task | None:
        """Check the event part of the session's checked rows in the background (the same
        time and excluded rows as the users' check); hidden when there is no then-event."""
        self.clear()
        session = self.session
        then, validation, table = session.then_event, session.validation, session.table
        if then is None or validation is None or table is None or validation.mapping is None:
            return None
        users, paged = validation.mapping, session.paged
        now, excluded = validation.now, frozenset(validation.excluded_rows)

        def work(_progress: Progress, _cancel: CancelFlag) -> ValidationTally:
            # A paged file's rows are on disk: read again, slice by slice (edits applied).
            sliced = sliced_table(table, None if paged is None else paged.slices)
            return event_part_tally(sliced, users, then, now=now, excluded_rows=excluded)

        task = self.task = self.runner.start("event part", work)
        task.finished.connect(lambda tally: self._show(task, tally))
        task.failed.connect(lambda message, _hint: self._failed(task, message))
        return task

    def clear(self) -> None:
        """Nothing to show (the file, the mapping or the then-event changed)."""
        if self.task is not None:
            self.task.cancel()
        self.task = None
        self.tally = None
        self.hide()

    def shutdown(self) -> None:
        """Stop the background work (the page is closing)."""
        self.runner.shutdown()

    def _show(self, task: Task, tally: ValidationTally) -> None:
        if task is not self.task:
            return  # a newer check is under way
        self.tally = tally
        then = self.session.then_event
        heading = translate(
            "EventPartPanel", "Then-event ({name}): {rows} checked, {invalid} invalid"
        )
        self.heading.setText(
            heading.format(
                name=then.name_column or then.name,
                rows=rows_words(tally.rows),
                invalid=number(tally.invalid),
            )
        )
        self.problems.setText("\n".join(problem_lines(tally)))
        self.problems.setVisible(bool(self.problems.text()))
        self.note.setText(
            translate(
                "EventPartPanel",
                "A row whose event is invalid still sends its user; only its event is kept "
                "back and listed in the report.",
            )
        )
        self.note.setVisible(tally.invalid > 0)
        self.show()

    def _failed(self, task: Task, message: str) -> None:
        if task is not self.task:
            return
        self.heading.setText(translate("EventPartPanel", "Then-event: not checked"))
        self.problems.setText(message)
        self.problems.show()
        self.note.hide()
        self.show()


def problem_lines(tally: ValidationTally) -> list[str]:
    """ "Event: 1 row: timestamp is not a date", then where, for each group; then the notes."""
    lines = []
    for found in tally.sorted_groups():
        group = issue_group(found)
        if group.severity == "warning":
            kind = translate("EventPartPanel", "Warning – these events are still sent")
        else:
            kind = translate("EventPartPanel", "Event not sent")
        line = translate("EventPartPanel", "Event: {problem}").format(problem=group_headline(group))
        lines += [line, "    " + group_detail(group, kind)]
    for note in tally.notes:
        lines.append(translate("EventPartPanel", "Event note: {note}").format(note=said(note)))
    if tally.timestamp_fixed_at:
        stamped = translate(
            "EventPartPanel", "No event time column: every event is stamped {time}."
        )
        lines.append(stamped.format(time=tally.timestamp_fixed_at))
    return lines


def issue_group(found: GroupTally) -> IssueGroup:
    """A summed group as the Review's wording takes it (its first rows only)."""
    return IssueGroup(
        found.field, found.code, found.severity, found.column, found.count,
        found.message, found.summary, tuple(found.first_rows), found.fix, found.words,
    )  # fmt: skip
