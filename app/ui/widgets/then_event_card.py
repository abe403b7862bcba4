"""The Map step's "Also send an event for each user" card (users destinations only): the
event's name, the column of its time and the columns sent as its properties.

It reads and writes `Session.then_event` (an `app.core.mapping.ThenEvent`, or None); the
upload then makes a pair (`app.core.pair`): the users first, each event once its user was
accepted. A template that carries an event part sets the session's, and the card follows.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.mapping import FieldSource, ThenEvent
from app.core.mapping.then_event import DEFAULT_EVENT_NAME, events_destination_for
from app.ui.accessibility import named
from app.ui.session import Session
from app.ui.texts import translate


class ThenEventCard(QFrame):
    """Asks whether each user also sends an event, and which (see the module docstring)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.enabled = QCheckBox(translate("ThenEventCard", "Also send an event for each user"))
        named(self.enabled, translate("ThenEventCard", "Also send an event for each user"))
        self.note = QLabel(
            translate(
                "ThenEventCard",
                "Each user is sent first; its event goes only once the user was accepted. "
                "A rejected user's event is not sent.",
            )
        )
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")
        self.name = QLineEdit()
        self.name.setPlaceholderText(DEFAULT_EVENT_NAME)
        named(self.name, translate("ThenEventCard", "Event name"))
        self.time = QComboBox()
        named(self.time, translate("ThenEventCard", "Event time"))
        self.properties = QListWidget()
        self.properties.setMaximumHeight(96)
        named(self.properties, translate("ThenEventCard", "Event properties"))
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(translate("ThenEventCard", "Event name"), self.name)
        form.addRow(translate("ThenEventCard", "Time from column"), self.time)
        form.addRow(translate("ThenEventCard", "Properties"), self.properties)
        for widget in (self.enabled, self.note, self.details):
            layout.addWidget(widget)
        self.enabled.toggled.connect(self._edited)
        self.name.textEdited.connect(self._edited)
        self.time.currentIndexChanged.connect(self._edited)
        self.properties.itemChanged.connect(self._edited)
        session.mapping_changed.connect(self.refresh)
        session.table_changed.connect(self.refresh)
        session.then_event_changed.connect(self.refresh)
        self.refresh()

    def _headers(self) -> list[str]:
        table = self.session.table
        return list(table.headers) if table is not None else []

    def refresh(self) -> None:
        """Show the card for a users mapping, with the session's event part in it."""
        mapping = self.session.mapping
        users = mapping is not None and events_destination_for(mapping.destination) is not None
        self.setVisible(users and self.session.table is not None)
        if not users and self.session.then_event is not None:
            self.session.set_then_event(None)  # another destination: no event part
        then: ThenEvent | None = self.session.then_event
        headers = self._headers()
        blockers = [QSignalBlocker(w) for w in (self.enabled, self.time, self.properties)]
        self.enabled.setChecked(then is not None)
        self.details.setEnabled(then is not None)
        if then is not None and self.name.text() != then.name:
            self.name.setText(then.name)
        self.time.clear()
        self.time.addItem(translate("ThenEventCard", "No column: the time of the upload"), None)
        for header in headers:
            self.time.addItem(header, header)
        chosen = then.time.column if then is not None and then.time.kind == "column" else None
        self.time.setCurrentIndex(max(0, self.time.findData(chosen)) if chosen else 0)
        self.properties.clear()
        sent = set(then.properties) if then is not None else set()
        for header in headers:
            item = QListWidgetItem(header)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if header in sent else Qt.CheckState.Unchecked)
            self.properties.addItem(item)
        del blockers

    def _edited(self) -> None:
        self.session.set_then_event(self.current())

    def current(self) -> ThenEvent | None:
        """The event part as the card shows it (None: the box is unticked)."""
        if not self.enabled.isChecked():
            return None
        column = self.time.currentData()
        checked = [
            self.properties.item(i).text()
            for i in range(self.properties.count())
            if self.properties.item(i).checkState() == Qt.CheckState.Checked
        ]
        return ThenEvent(
            name=self.name.text().strip() or DEFAULT_EVENT_NAME,
            time=FieldSource.from_column(column) if column else FieldSource(),
            properties=tuple(checked),
        )
