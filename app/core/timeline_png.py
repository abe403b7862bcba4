"""The picture of time as a PNG, filed next to the text receipt: the same bars as Review's
chart (a core `Histogram`), drawn with Pillow so the CLI draws it without Qt.

Pillow rather than a charting library: one small figure needs rectangles, lines and text, and
Pillow brings those with its own font (no font file to find on the operator's machine). The
far-out tails (`earlier` / `later`) get their own amber bars at the edges, as on Review.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from app.core.timeline import Bin, BinWidth, Histogram

SIZE = (1200, 500)
_LEFT, _RIGHT, _TOP, _BOTTOM = 96, 32, 84, 124  # room for the axes' labels and the title
_GAP = 0.15  # share of each slot left empty between bars
_INK, _MUTED, _GRID = (31, 41, 55), (107, 114, 128), (229, 231, 235)
_BAR, _TAIL = (37, 99, 235), (217, 119, 6)  # the app's accent blue and warning amber
_MAX_DATE_LABELS = 8
_MAX_BAR = 64.0  # px

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont
Slot = tuple[str, int, str]  # (date label, count, "bar" | "tail" | "gap")


def write_timeline_png(histogram: Histogram, path: Path, *, subject: str = "") -> Path:
    """Draw `histogram` (events of `subject`, e.g. the file name) into a PNG at `path`."""
    image = draw_timeline(histogram, subject=subject)
    image.save(path, format="PNG")  # optimize=True: 5 % smaller, 4× slower
    return path


def draw_timeline(histogram: Histogram, *, subject: str = "") -> Image.Image:
    """The chart as an image of `SIZE` pixels (see the module rule)."""
    image = Image.new("RGB", SIZE, "white")
    draw = ImageDraw.Draw(image)
    small, normal, title = _font(15), _font(17), _font(26)
    unit = histogram.width.value if histogram.step == 1 else f"{histogram.step} years"
    draw.text((_LEFT, 18), "Events over time", font=title, fill=_INK)
    about = f"{histogram.events:,} events" + (f" in {subject}" if subject else "")
    draw.text((_LEFT, 52), f"{about}, one bar per {unit} (UTC)", font=normal, fill=_MUTED)
    slots = _slots(histogram)
    plot = (_LEFT, _TOP, SIZE[0] - _RIGHT, SIZE[1] - _BOTTOM)
    if not slots:
        draw.text((plot[0], plot[1] + 40), "No event times to show.", font=normal, fill=_MUTED)
        return image
    top, divisions = _nice_top(max(count for _, count, _ in slots))
    _draw_grid(draw, plot, top, divisions, small)
    _draw_y_label(image, f"events per {unit}", small)
    rects = _bar_rects(plot, slots, top)
    for (x0, y0, x1, y1), (_, count, kind) in zip(rects, slots, strict=True):
        if count:
            draw.rectangle((x0, y0, x1, y1), fill=_TAIL if kind == "tail" else _BAR)
        if kind == "tail":
            text = f"{count:,}"
            width = draw.textlength(text, font=small)
            draw.text(((x0 + x1 - width) / 2, y0 - 20), text, font=small, fill=_TAIL)
    draw.line((plot[0], plot[3], plot[2], plot[3]), fill=_INK, width=1)
    _draw_dates(draw, plot, histogram, slots, rects, small)
    _draw_caption(draw, histogram, unit, normal)
    return image


def _font(size: int) -> Font:
    try:
        return ImageFont.load_default(size=size)  # Pillow's own scalable font (FreeType)
    except (OSError, ValueError, TypeError):
        return ImageFont.load_default()  # a Pillow without FreeType: small but legible


def _slots(h: Histogram) -> list[Slot]:
    """Every bar left to right; a far-out tail stands apart from the rest, an empty slot
    between (it is not the next date)."""
    slots: list[Slot] = [(_short_label(h, b), b.count, "bar") for b in h.bins]
    if h.earlier:
        slots[:0] = [("far earlier", h.earlier, "tail"), ("", 0, "gap")]
    if h.later:
        slots += [("", 0, "gap"), ("far later", h.later, "tail")]
    return slots


def _short_label(h: Histogram, b: Bin) -> str:
    """A bar's date as the axis shows it: weeks by their Monday, without "week of"."""
    if h.step == 1 and h.width is BinWidth.WEEK:
        return b.start.isoformat()
    return h.label(b)


def _nice_top(peak: int) -> tuple[int, int]:
    """The axis' top (the peak rounded up to 1, 2 or 5 times a power of ten) and how many
    equal steps divide it into round numbers."""
    magnitude = 1
    while True:
        for factor, divisions in ((1, 5), (2, 4), (5, 5)):
            if factor * magnitude >= peak:
                top = factor * magnitude
                return top, divisions if top >= divisions else top
        magnitude *= 10


def _draw_grid(
    draw: ImageDraw.ImageDraw, plot: tuple[int, int, int, int], top: int, divisions: int, font: Font
) -> None:
    left, upper, right, bottom = plot
    for i in range(divisions + 1):
        value = top * i // divisions
        y = bottom - (bottom - upper) * i / divisions
        if i:
            draw.line((left, y, right, y), fill=_GRID, width=1)
        text = f"{value:,}"
        width = draw.textlength(text, font=font)
        draw.text((left - 10 - width, y - 9), text, font=font, fill=_MUTED)


def _draw_y_label(image: Image.Image, text: str, font: Font) -> None:
    """The y axis' name, written upwards along it."""
    probe = ImageDraw.Draw(image)
    width = int(probe.textlength(text, font=font)) + 4
    label = Image.new("RGB", (width, 22), "white")
    ImageDraw.Draw(label).text((2, 2), text, font=font, fill=_MUTED)
    turned = label.rotate(90, expand=True)
    middle = (_TOP + SIZE[1] - _BOTTOM) // 2
    image.paste(turned, (12, middle - turned.height // 2))


def _bar_rects(
    plot: tuple[int, int, int, int], slots: list[Slot], top: int
) -> list[tuple[float, float, float, float]]:
    left, upper, right, bottom = plot
    width = (right - left) / len(slots)
    rects: list[tuple[float, float, float, float]] = []
    for i, (_, count, _) in enumerate(slots):
        height = 0.0 if not count else max(1.0, (bottom - upper) * count / top)
        bar = min(_MAX_BAR, max(1.0, width * (1 - _GAP)))  # a lone bar stays a bar, not a wall
        x0 = left + i * width + (width - bar) / 2
        rects.append((x0, bottom - height, x0 + bar - 1, bottom - 1))
    return rects


def _draw_dates(
    draw: ImageDraw.ImageDraw,
    plot: tuple[int, int, int, int],
    h: Histogram,
    slots: list[Slot],
    rects: list[tuple[float, float, float, float]],
    font: Font,
) -> None:
    """Dates under a few evenly spread bars (the first and last real ones always), and the
    tails' names under theirs."""
    first = 2 if h.earlier else 0
    last = len(slots) - (3 if h.later else 1)
    widest = max(draw.textlength(label, font=font) for label, _, _ in slots[first : last + 1])
    slot_width = (plot[2] - plot[0]) / len(slots)
    # Every `step`-th bar is labelled: few enough to read, far enough apart not to overlap.
    step = max(
        -(-(last - first) // (_MAX_DATE_LABELS - 1)) or 1, math.ceil((widest + 16) / slot_width)
    )
    shown = set(range(first, last + 1, step))
    below_last = max(shown)
    if below_last != last and (last - below_last) < step / 2:
        shown.discard(below_last)  # too close to the last bar's label
    shown.add(last)
    for i in sorted(shown):
        x0, _, x1, _ = rects[i]
        middle = (x0 + x1) / 2
        draw.line((middle, plot[3], middle, plot[3] + 5), fill=_INK, width=1)
        width = draw.textlength(slots[i][0], font=font)
        x = min(max(middle - width / 2, 4), SIZE[0] - width - 4)
        draw.text((x, plot[3] + 9), slots[i][0], font=font, fill=_INK)
    # The tails' names go on a line of their own: a date label may stand right above.
    for i in (0, len(slots) - 1):
        label, _, kind = slots[i]
        if kind != "tail":
            continue
        width = draw.textlength(label, font=font)
        x = rects[i][0] if i == 0 else rects[i][2] - width
        draw.text((min(max(x, 4), SIZE[0] - width - 4), plot[3] + 30), label, font=font, fill=_TAIL)


def _draw_caption(draw: ImageDraw.ImageDraw, h: Histogram, unit: str, font: Font) -> None:
    starts = "starting on Monday, " if h.width is BinWidth.WEEK and h.step == 1 else ""
    axis = f"Date of the event (UTC), one bar per {unit}{starts and ' ' + starts.rstrip(', ')}"
    width = draw.textlength(axis, font=font)
    draw.text(((SIZE[0] - width) / 2, SIZE[1] - _BOTTOM + 58), axis, font=font, fill=_INK)
    tails = [f"{n:,} far {side}" for n, side in ((h.earlier, "earlier"), (h.later, "later")) if n]
    if not tails:
        return
    y = SIZE[1] - 32
    draw.rectangle((_LEFT, y + 3, _LEFT + 14, y + 17), fill=_TAIL)
    note = (
        f"Amber: {' and '.join(tails)} than the rest, far from the other dates"
        " (a date column read in the wrong unit or time zone?)"
    )
    draw.text((_LEFT + 22, y), note, font=font, fill=_INK)
