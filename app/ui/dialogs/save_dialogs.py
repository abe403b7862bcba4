"""Where to save what Review and Report write: the problem list and the rejected rows, asked
with the system's save dialog in the operator's language (the suggested file name too)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui.texts import translate


def ask_problems_path(parent: QWidget, source: Path) -> Path | None:
    """Where to save the Review step's problems as CSV (next to `source`); None: cancelled."""
    stem = translate("SaveDialogs", "{file} - problems").format(file=source.stem)
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("SaveDialogs", "Save the problems"),
        str(source.with_name(f"{stem}.csv")),
        translate("SaveDialogs", "CSV files (*.csv)"),
    )
    return Path(chosen) if chosen else None


def ask_export_path(parent: QWidget, file_name: str, kind: str) -> Path | None:
    """Where to export the rejected rows (`kind` "csv" or "xlsx"); None: cancelled."""
    stem = Path(file_name).stem or "backfill"
    suggested = translate("SaveDialogs", "{file} - rejected rows").format(file=stem)
    if kind == "csv":
        filters = translate("SaveDialogs", "CSV (*.csv)")
    else:
        filters = translate("SaveDialogs", "Excel workbook (*.xlsx)")
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("SaveDialogs", "Export rejected rows"), f"{suggested}.{kind}", filters
    )
    if not chosen:
        return None
    return Path(chosen if chosen.lower().endswith(f".{kind}") else f"{chosen}.{kind}")
