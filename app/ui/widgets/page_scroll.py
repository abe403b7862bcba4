"""A page's content that scrolls as a whole instead of being squeezed into a short window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class PageScroll(QScrollArea):
    """Scrolls `content` vertically at its natural height, wrapped text included.

    A plain resizable QScrollArea shrinks its content to the viewport when the content's
    minimum is small — word-wrapped labels claim one line — so on a short window (200 %
    scaling on 1920×1080) the cards overlap and the field grid becomes a two-row box. Here the
    content's minimum height follows its height for the current width, so the page scrolls.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(content)
        content.installEventFilter(self)
        self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit_content()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_content()

    def fit_content(self) -> None:
        """Give the content the height its layout needs at the viewport's width."""
        content = self.widget()
        layout = content.layout() if content is not None else None
        if content is None or layout is None or self._fitting:
            return
        self._fitting = True
        try:
            width = max(1, self.viewport().width())
            width = max(width, layout.minimumSize().width())
            height = (
                layout.totalHeightForWidth(width)
                if layout.hasHeightForWidth()
                else layout.sizeHint().height()
            )
            height = max(height, layout.minimumSize().height())
            if content.minimumHeight() != height:
                content.setMinimumHeight(height)
        finally:
            self._fitting = False


class KeepWrappedHeight(QObject):
    """Keeps `widget` at least as tall as its wrapped text needs at its current width.

    Box layouts size a row of cards from their size hints, which assume a wider card: on a
    narrow window a card of word-wrapped labels is then cut off at the bottom.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._widget and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
        ):
            layout = self._widget.layout()
            if layout is not None and layout.hasHeightForWidth():
                height = layout.totalHeightForWidth(self._widget.width())
                if self._widget.minimumHeight() != height:
                    self._widget.setMinimumHeight(height)
        return super().eventFilter(watched, event)
