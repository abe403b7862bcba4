"""How many rows each sheet of a workbook holds: lets the sheet picker point at the sheet with
the data when the one opened first is a cover or notes sheet."""

from __future__ import annotations

from pathlib import Path

MAX_SHEETS = 12  # a hint, not an inventory: big workbooks are not scanned sheet by sheet


def sheet_row_counts(path: Path, sheets: tuple[str, ...] | list[str]) -> dict[str, int]:
    """Sheet name → rows used (header included); {} when the workbook cannot tell."""
    import fastexcel

    try:
        reader = fastexcel.read_excel(Path(path).read_bytes())
        counts: dict[str, int] = {}
        for name in list(sheets)[:MAX_SHEETS]:
            sheet = reader.load_sheet(name, n_rows=1, header_row=None)
            counts[name] = int(sheet.total_height)
        return counts
    except Exception:  # noqa: BLE001 - only a hint depends on it, never the load itself
        return {}


def fuller_sheet(
    counts: dict[str, int], current: str | None, rows_now: int
) -> tuple[str, int] | None:
    """(sheet, data rows) of the sheet holding most rows when the current one has no data
    rows (a cover or notes sheet) and another has some; None otherwise."""
    if current is None or rows_now > 0:
        return None
    others = [(name, n - 1) for name, n in counts.items() if name != current and n - 1 > rows_now]
    if not others:
        return None
    return max(others, key=lambda item: item[1])
