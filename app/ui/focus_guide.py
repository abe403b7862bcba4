"""Where the keyboard focus goes in the main window: the reading order Tab follows, and the
control a step's work continues at, each time a step is shown or becomes ready."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from app.ui.accessibility import first_control, set_reading_order
from app.ui.pages.base import StepPage


class FocusGuide(QObject):
    """Puts the focus on the current page's `focus_widget()`, else the primary button, else
    the page's first control; moves it on to the primary button once the step's work is
    ready, unless the operator moved it meanwhile."""

    def __init__(
        self,
        page: Callable[[], StepPage],
        primary: QPushButton,
        before: list[QWidget],
        after: list[QWidget],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._page, self.primary = page, primary
        self._before, self._after = before, after
        self.placed: QWidget | None = None  # where the guide put the focus last
        self._tab_key: tuple[int, int] | None = None  # page and widget count tabs were set for

    def focus_step(self) -> None:
        """Focus where work continues on the current step."""
        page = self._page()
        self.arrange_tabs()
        target = page.focus_widget()
        if target is None or not target.isVisible() or not target.isEnabled():
            target = self.primary if self.primary.isEnabled() else None
        if target is None:
            target = first_control(page) or self.primary
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.placed = target

    def arrange_tabs(self) -> None:
        """Tab in reading order: header, steps, the page top to bottom, Back, Next; redone
        when the page's widgets change (cards and field rows come and go)."""
        page = self._page()
        key = (id(page), len(page.findChildren(QWidget)))
        if key != self._tab_key:
            self._tab_key = key
            set_reading_order(self._before, page, self._after)

    def set_primary_enabled(self, enabled: bool) -> None:
        """Enable or disable the primary button; focus Qt moves off a disabled button is the
        guide's to bring back."""
        losing = not enabled and self.primary.hasFocus()
        self.primary.setEnabled(enabled)
        if losing:
            self.placed = QApplication.focusWidget()

    def settle(self) -> None:
        """After a refresh: arrange tabs; move the focus on if the step got ready while the
        focus still sits where the guide put it (or that widget went away). Asked again once
        the event that caused the refresh is over (a worker's task reads as running until then)."""
        self.arrange_tabs()
        if self._settled():
            return
        QTimer.singleShot(0, self, self._settle_later)

    def _settled(self) -> bool:
        placed = self.placed
        if placed is None or placed is self.primary:
            return True
        # A card that rebuilt its buttons deleted the one the guide focused: that is gone too.
        gone = not shiboken6.isValid(placed) or not placed.isVisible()
        untouched = gone or QApplication.focusWidget() is placed
        if not untouched or self._page().focus_widget() is not None:
            return True
        if not self.primary.isEnabled():
            return False
        self.focus_step()
        return True

    def _settle_later(self) -> None:
        page = self._page()
        if page.primary_enabled() and not self.primary.isEnabled():
            self.set_primary_enabled(True)
        self._settled()
