"""What every step page offers the main window: a title, one primary action, gating, shutdown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.ui.session import Session


class StepPage(QWidget):
    """One step of the flow. The main window renders the primary button and Back from these.

    Subclasses override the queries below and emit `state_changed` whenever their answers
    may have changed (e.g. a required field got mapped), so the window re-asks.
    """

    title: str = "Step"
    icon_name: str = ""  # resources/icons/<icon_name>.svg, shown in the sidebar

    state_changed = Signal()
    advance_requested = Signal()  # "my work is done, show the next step"
    step_requested = Signal(int)  # jump to a step by index (0 = Load … 4 = Report)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def primary_text(self) -> str:
        """Label of the one primary button, named for what it does ("Next: Map ▶")."""
        return "Next ▶"

    def primary_enabled(self) -> bool:
        """Whether the primary button can be pressed now."""
        return self.is_complete()

    def primary_hint(self) -> str:
        """Why the primary button is disabled, in plain words ("" when it is enabled)."""
        return ""

    def on_primary(self) -> None:
        """The primary button was pressed. Default: move on to the next step.

        Pages that start work instead (validate, upload) emit `advance_requested` when done.
        """
        self.advance_requested.emit()

    def is_complete(self) -> bool:
        """True when this step's work is done (the sidebar shows a tick)."""
        return False

    def can_enter(self) -> bool:
        """True when the inputs this step needs exist (the sidebar entry is clickable)."""
        return True

    def on_enter(self) -> None:
        """The page became the current step."""

    def focus_widget(self) -> QWidget | None:
        """Where the keyboard focus goes when this step is shown (None: the primary button,
        or the page's first control when that is disabled)."""
        return None

    def on_leave(self) -> None:
        """Another step is about to be shown."""

    @property
    def is_busy(self) -> bool:
        """True while this page runs work that Esc cancels (the window enables Esc then)."""
        return False

    def cancel_work(self) -> None:
        """Esc: stop the background work this page runs (loading, checking); default: nothing."""

    def busy_reason(self) -> str:
        """Why another file can't be loaded right now ("" when it can), e.g. an upload runs."""
        return ""

    def can_close(self) -> bool:
        """Asked before the window closes; ask the operator if work is running here."""
        return True

    def shutdown(self) -> None:
        """Cancel every task or thread this page owns; the window is closing."""
