"""The left-hand list of steps: a tick when done, a dot for the current one, greyed until reachable."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.texts import translate
from app.ui.theme import set_style_state

CIRCLED = "①②③④⑤⑥⑦⑧⑨"


class StepButton(QPushButton):
    """One step: number, icon, title and a state mark (✓ done, ● current)."""

    def __init__(self, index: int, title: str, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepButton")
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(40)
        self.title = title
        layout = self._row = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(10)
        self._icon = QLabel()
        self._icon.setPixmap(icon.pixmap(QSize(20, 20), self.devicePixelRatioF()))
        self._icon.setFixedSize(20, 20)
        self._label = QLabel(f"{CIRCLED[index]}  {title}")
        self._label.setObjectName("stepTitle")
        self._mark = QLabel("")
        self._mark.setObjectName("stepMark")
        self._mark.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for child in (self._icon, self._label, self._mark):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout.addWidget(self._icon)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._mark)
        self.state = "todo"

    def set_state(self, *, current: bool, done: bool, reachable: bool) -> None:
        """Update the mark and the style property the stylesheet keys on."""
        state = "current" if current else "done" if done else "todo"
        if (state, reachable) == getattr(self, "_shown", None):
            return  # re-polishing is the costly part of a refresh; skip it when nothing changed
        self._shown = (state, reachable)
        self.state = state
        self._mark.setText("●" if current else "✓" if done else "")
        self.setEnabled(reachable or current)
        self.setChecked(current)
        look = self.state if (reachable or current) else "locked"
        keys = f"Ctrl+{CIRCLED.index(self._label.text()[0]) + 1}"
        if reachable or current:
            tip = translate("StepSidebar", "{step} ({keys})")
        else:
            tip = translate("StepSidebar", "{step} ({keys}) — finish the earlier steps first")
        self.setToolTip(tip.format(step=self.title, keys=keys))
        status = {
            "current": translate("StepSidebar", "{step}: current step"),
            "done": translate("StepSidebar", "{step}: done"),
            "todo": translate("StepSidebar", "{step}: not done yet"),
        }[self.state]
        self.setAccessibleName(status.format(step=self.title))
        set_style_state(self, "stepState", self.state)
        # The labels carry the state themselves: rules keyed on a parent's state are not
        # re-applied to children reliably.
        set_style_state(self._label, "stepState", look)
        set_style_state(self._mark, "stepState", look)

    def title_room(self) -> tuple[int, int]:
        """(width the title needs in bold, as the current step shows it; width it has)."""
        self._label.ensurePolished()
        bold = self._label.font()
        bold.setBold(True)
        return QFontMetrics(bold).horizontalAdvance(self._label.text()), self._label.width()

    def width_needed(self) -> int:
        """This button's width for its title in bold, its icon and a mark beside it."""
        margins = self._row.contentsMargins()
        mark = QFontMetrics(self._mark.font()).horizontalAdvance("●✓")
        spacing = 2 * self._row.spacing()
        return margins.left() + 20 + spacing + self.title_room()[0] + mark + margins.right()

    @property
    def mark(self) -> str:
        """The state mark shown (for tests and accessibility)."""
        return self._mark.text()


class StepSidebar(QFrame):
    """Vertical list of step buttons with a small summary (rows, problems) underneath."""

    step_clicked = Signal(int)

    def __init__(self, steps: list[tuple[str, QIcon]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setFixedWidth(200)
        layout = self._column = QVBoxLayout(self)
        layout.setContentsMargins(10, 14, 10, 14)
        layout.setSpacing(4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self.buttons: list[StepButton] = []
        for index, (title, icon) in enumerate(steps):
            button = StepButton(index, title, icon, self)
            button.clicked.connect(lambda _=False, i=index: self._clicked(i))
            self._group.addButton(button, index)
            self.buttons.append(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.summary = QLabel("")
        self.summary.setObjectName("sidebarSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # 200 px fits the English titles; a longer translation ("Cargar datos") widens the
        # list instead of being clipped. Measured once polished, when the stylesheet's font is set.
        margins = self._column.contentsMargins()
        widest = max((b.width_needed() for b in self.buttons), default=0)
        self.setFixedWidth(max(200, widest + margins.left() + margins.right()))
        super().showEvent(event)

    def _clicked(self, index: int) -> None:
        # Keep the check state owned by update(); a click only asks to navigate.
        self.buttons[index].setChecked(self.buttons[index].state == "current")
        self.step_clicked.emit(index)

    def update_steps(self, current: int, done: list[bool], reachable: list[bool]) -> None:
        """Refresh every step's mark and clickability."""
        for index, button in enumerate(self.buttons):
            button.set_state(current=index == current, done=done[index], reachable=reachable[index])

    def set_summary(self, lines: list[str]) -> None:
        """The few numbers under the steps ("12,408 rows", "37 problems")."""
        self.summary.setText("\n".join(lines))
