"""The big "Drop a spreadsheet here, or Browse…" area of the Load step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.accessibility import named
from app.ui.assets import icon
from app.ui.texts import translate
from app.ui.theme import set_style_state


class DropZone(QFrame):
    """Accepts a dropped file or a click on Browse…; lists the formats and the samples."""

    file_dropped = Signal(Path)
    browse_requested = Signal()
    sample_requested = Signal(Path)

    def __init__(self, formats: str, samples: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 28, 24, 28)
        layout.setSpacing(10)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)

        art = QLabel()
        art.setPixmap(icon("drop-file").pixmap(QSize(56, 56), self.devicePixelRatioF()))
        art.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(art)

        browse = translate("DropZone", "Browse…")  # lupdate skips calls inside f-strings
        self.title = QLabel(
            translate("DropZone", "Drop a spreadsheet here, or {link}").format(
                link=f'<a href="browse">{browse}</a>'
            )
        )
        self.title.setObjectName("dropTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.title.linkActivated.connect(lambda _: self.browse_requested.emit())
        layout.addWidget(self.title)

        self.formats = QLabel(formats)
        self.formats.setObjectName("dropFormats")
        self.formats.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.formats.setWordWrap(True)
        layout.addWidget(self.formats)
        layout.addLayout(self._build_path_row())

        self._samples = {p.name: p for p in samples}
        if samples:
            links = " · ".join(f'<a href="{p.name}">{p.name}</a>' for p in samples)
            self.samples = QLabel(
                translate("DropZone", "New here? Try a sample: {samples}").format(samples=links)
            )
            self.samples.setObjectName("dropSamples")
            self.samples.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.samples.setWordWrap(True)
            self.samples.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            self.samples.linkActivated.connect(self._sample_clicked)
            layout.addWidget(self.samples)

    def _build_path_row(self) -> QHBoxLayout:
        # Without a mouse: type (or paste) the file's path and press Enter, or Browse….
        row = QHBoxLayout()
        row.setSpacing(8)
        self.path_edit = named(
            QLineEdit(),
            translate("DropZone", "File name"),
            translate("DropZone", "Type the path of a spreadsheet, then Enter"),
        )
        self.path_edit.setPlaceholderText(
            translate("DropZone", "or type its path here and press Enter")
        )
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.returnPressed.connect(self._path_entered)
        label = QLabel(translate("DropZone", "File &name"))
        label.setBuddy(self.path_edit)
        self.open_button = QPushButton(translate("DropZone", "&Open"))
        # Before, not "on the left": under right-to-left the field is on the right.
        self.open_button.setToolTip(translate("DropZone", "Load the file named in the field"))
        self.open_button.clicked.connect(self._path_entered)
        self.browse_button = QPushButton(translate("DropZone", "B&rowse…"))
        self.browse_button.setToolTip(
            translate("DropZone", "Choose a file in the Open dialog (Ctrl+O)")
        )
        self.browse_button.clicked.connect(self.browse_requested)
        row.addWidget(label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.browse_button)
        return row

    def _path_entered(self) -> None:
        text = self.path_edit.text().strip().strip('"')
        if text:
            self.file_dropped.emit(Path(text).expanduser())

    def _sample_clicked(self, name: str) -> None:
        path = self._samples.get(name)
        if path is not None:
            self.sample_requested.emit(path)

    def _set_dragging(self, on: bool) -> None:
        set_style_state(self, "dragging", on)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.browse_requested.emit()
        super().mouseReleaseEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            self._set_dragging(True)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt override
        self._set_dragging(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self._set_dragging(False)
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.file_dropped.emit(files[0])
