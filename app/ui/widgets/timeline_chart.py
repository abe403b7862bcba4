"""The picture of time as a bar chart: events per day, week, month or years (a core
`Histogram`), drawn with QPainter, so no charting module is bundled for one small figure.

Far-out events (`earlier` / `later`) get their own bars at the edges in the warning colour:
they are what the chart is for (a column read in the wrong unit lands decades away).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.core.timeline import Bin, BinWidth, Histogram
from app.ui.texts import number, translate

_EDGE = 8.0  # px around the plot
_LABEL_ROWS = 2  # text lines under the bars: first/last labels, then the unit
_GAP = 0.15  # share of each slot left empty between bars
_TAIL_COLOUR = QColor("#d97706")  # the warning amber of the light and dark looks


def bin_label(h: Histogram, b: Bin) -> str:
    """A bar's dates as the locale writes them: a day, "week of" a day, a month, a year."""
    day = QDate(b.start.year, b.start.month, b.start.day)
    locale = QLocale()
    if h.width is BinWidth.MONTH:
        return locale.toString(day, "MMM yyyy")
    if h.width is BinWidth.YEAR:
        return str(b.start.year)
    shown = locale.toString(day, QLocale.FormatType.ShortFormat)
    if h.width is BinWidth.WEEK:
        return translate("TimelineChart", "week of {day}").format(day=shown)
    return shown


def _events(n: int) -> str:
    return translate("TimelineChart", "%Ln event(s)", None, n)


def _unit(h: Histogram) -> str:
    """ "one bar per day" … "one bar per 5 years"."""
    years = h.step
    if years != 1:
        return translate("TimelineChart", "one bar per %Ln years (UTC)", None, years)
    return {
        BinWidth.DAY: translate("TimelineChart", "one bar per day (UTC)"),
        BinWidth.WEEK: translate("TimelineChart", "one bar per week (UTC)"),
        BinWidth.MONTH: translate("TimelineChart", "one bar per month (UTC)"),
        BinWidth.YEAR: translate("TimelineChart", "one bar per year (UTC)"),
    }[h.width]


class TimelineChart(QWidget):
    """Draws one `Histogram`; hover a bar for its dates and count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._histogram: Histogram | None = None
        self.setMouseTracking(True)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("TimelineChart", "Events over time"))

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
            return translate("TimelineChart", "No event times to show.")
        peak = max(h.bins, key=lambda b: b.count)
        words = translate(
            "TimelineChart", "{events} from {first} to {last}, most in {peak} ({count})."
        ).format(
            events=_events(h.events),
            first=bin_label(h, h.bins[0]),
            last=bin_label(h, h.bins[-1]),
            peak=bin_label(h, peak),
            count=number(peak.count),
        )
        if h.earlier or h.later:
            far = translate("TimelineChart", "Far outside that: {earlier} earlier, {later} later.")
            words += " " + far.format(earlier=number(h.earlier), later=number(h.later))
        return words

    # -- geometry ---------------------------------------------------------------------------

    def _slots(self) -> list[tuple[str, int, bool]]:
        """(label, count, is a far-out tail) for every bar, left to right."""
        h = self._histogram
        if h is None:
            return []
        slots = [(bin_label(h, b), b.count, False) for b in h.bins]
        if h.earlier:
            slots.insert(0, (translate("TimelineChart", "far earlier"), h.earlier, True))
        if h.later:
            slots.append((translate("TimelineChart", "far later"), h.later, True))
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
            translate("TimelineChart", "%Ln event(s) at most per bar", None, top),
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
        tails = []
        if h.earlier:
            tails.append(
                translate("TimelineChart", "{n} far earlier (amber)").format(n=number(h.earlier))
            )
        if h.later:
            tails.append(
                translate("TimelineChart", "{n} far later (amber)").format(n=number(h.later))
            )
        caption = "; ".join([_unit(h), *tails])
        painter.drawText(below.translated(0, line), Qt.AlignmentFlag.AlignHCenter, caption)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        position = event.position()
        for rect, (label, count, _) in zip(self.bar_rects(), self._slots(), strict=True):
            slot = QRectF(
                rect.left(), self._plot_rect().top(), rect.width(), self._plot_rect().height()
            )
            if slot.contains(position):
                QToolTip.showText(
                    event.globalPosition().toPoint(),
                    translate("TimelineChart", "{bar}: {events}").format(
                        bar=label, events=translate("TimelineChart", "%Ln event(s)", None, count)
                    ),
                    self,
                )
                return
        QToolTip.hideText()
