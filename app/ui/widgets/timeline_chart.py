"""The picture of time as a bar chart: events per day, week, month or years (a core
`Histogram`), drawn with QPainter, so no charting module is bundled for one small figure.

Far-out events (`earlier` / `later`) get their own bars at the edges in the warning colour:
they are what the chart is for (a column read in the wrong unit lands decades away).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.core.timeline import Histogram

_EDGE = 8.0  # px around the plot
_LABEL_ROWS = 2  # text lines under the bars: first/last labels, then the unit
_GAP = 0.15  # share of each slot left empty between bars
_TAIL_COLOUR = QColor("#d97706")  # the warning amber of the light and dark looks


class TimelineChart(QWidget):
    """Draws one `Histogram`; hover a bar for its dates and count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._histogram: Histogram | None = None
        self.setMouseTracking(True)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Events over time")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(520, 150)

    @property
    def histogram(self) -> Histogram | None:
        return self._histogram

    def set_histogram(self, histogram: Histogram | None) -> None:
        """Show `histogram` (None or no events: an empty chart saying so)."""
        self._histogram = histogram
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        """One sentence a screen reader (and a tooltip) can say for the whole chart."""
        h = self._histogram
        if h is None or not h.bins:
            return "No event times to show."
        peak = max(h.bins, key=lambda b: b.count)
        words = (
            f"{h.events:,} events from {h.label(h.bins[0])} to {h.label(h.bins[-1])}, "
            f"most in {h.label(peak)} ({peak.count:,})."
        )
        if h.earlier or h.later:
            words += f" Far outside that: {h.earlier:,} earlier, {h.later:,} later."
        return words

    # -- geometry ---------------------------------------------------------------------------

    def _slots(self) -> list[tuple[str, int, bool]]:
        """(label, count, is a far-out tail) for every bar, left to right."""
        h = self._histogram
        if h is None:
            return []
        slots = [(h.label(b), b.count, False) for b in h.bins]
        if h.earlier:
            slots.insert(0, ("far earlier", h.earlier, True))
        if h.later:
            slots.append(("far later", h.later, True))
        return slots

    def _plot_rect(self) -> QRectF:
        line = self.fontMetrics().height()
        return QRectF(self.rect()).adjusted(
            _EDGE, _EDGE + line, -_EDGE, -(_EDGE + _LABEL_ROWS * line)
        )

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn (also used for hover and by tests)."""
        slots = self._slots()
        if not slots:
            return []
        plot = self._plot_rect()
        top = max(count for _, count, _ in slots) or 1
        width = plot.width() / len(slots)
        rects = []
        for i, (_, count, _) in enumerate(slots):
            height = 0.0 if not count else max(1.0, plot.height() * count / top)
            rects.append(
                QRectF(
                    plot.left() + i * width + width * _GAP / 2,
                    plot.bottom() - height,
                    max(1.0, width * (1 - _GAP)),
                    height,
                )
            )
        return rects

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        slots = self._slots()
        if not slots:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.summary())
            return
        bar = palette.color(QPalette.ColorRole.Link)  # the theme's accent
        for rect, (_, _, tail) in zip(self.bar_rects(), slots, strict=True):
            painter.fillRect(rect, _TAIL_COLOUR if tail else bar)
        plot = self._plot_rect()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.setPen(text)
        self._draw_labels(painter, plot, slots)

    def _draw_labels(
        self, painter: QPainter, plot: QRectF, slots: list[tuple[str, int, bool]]
    ) -> None:
        h = self._histogram
        assert h is not None
        line = self.fontMetrics().height()
        top = max(count for _, count, _ in slots)
        painter.drawText(
            QRectF(plot.left(), _EDGE, plot.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            f"{top:,} events at most per bar",
        )
        below = QRectF(plot.left(), plot.bottom() + 2, plot.width(), line)
        rects = self.bar_rects()
        # The dates of the first and last real bars; a tail bar is told apart by its colour
        # and named in the line under them.
        first = 1 if h.earlier else 0
        last = len(slots) - (2 if h.later else 1)
        left = QRectF(rects[first].left(), below.top(), plot.right() - rects[first].left(), line)
        painter.drawText(left, Qt.AlignmentFlag.AlignLeft, slots[first][0])
        right = QRectF(plot.left(), below.top(), rects[last].right() - plot.left(), line)
        painter.drawText(right, Qt.AlignmentFlag.AlignRight, slots[last][0])
        tails = [
            f"{n:,} far {side} (amber)"
            for n, side in ((h.earlier, "earlier"), (h.later, "later"))
            if n
        ]
        unit = h.width.value if h.step == 1 else f"{h.step} years"
        caption = "; ".join([f"one bar per {unit} (UTC)", *tails])
        painter.drawText(below.translated(0, line), Qt.AlignmentFlag.AlignHCenter, caption)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        position = event.position()
        for rect, (label, count, _) in zip(self.bar_rects(), self._slots(), strict=True):
            slot = QRectF(
                rect.left(), self._plot_rect().top(), rect.width(), self._plot_rect().height()
            )
            if slot.contains(position):
                QToolTip.showText(
                    event.globalPosition().toPoint(), f"{label}: {count:,} events", self
                )
                return
        QToolTip.hideText()
