"""What the window's shell says around the pages: the primary button's words (with their
mnemonic), the title, the status-bar fields and the counts under the steps. No widgets.

Pages name their primary action in English ("Next: Map ▶"); the shell shows it translated,
with Alt+<letter> on it, so one table keeps the mnemonics apart from each step's own.
"""

from __future__ import annotations

from app.ui.texts import translate


def primary_words(english: str) -> str:
    """The primary button's text for a page's English `english`, translated, with a mnemonic
    ("Next: Map ▶" → "Ne&xt: Map ▶"); a text not listed here is translated as it is."""
    # Ne&xt, not &Next: Alt+N is the Load step's file name field.
    words = {
        "Next ▶": translate("MainWindow", "Ne&xt ▶"),
        "Next: Map ▶": translate("MainWindow", "Ne&xt: Map ▶"),
        "Next: Review ▶": translate("MainWindow", "Ne&xt: Review ▶"),
        "Next: Upload ▶": translate("MainWindow", "Ne&xt: Upload ▶"),
        "Next: Report ▶": translate("MainWindow", "Ne&xt: Report ▶"),
        "Start upload ▶": translate("MainWindow", "&Start upload ▶"),
        "Resume upload ▶": translate("MainWindow", "&Resume upload ▶"),
        "Continue upload ▶": translate("MainWindow", "&Continue upload ▶"),
        "Pause": translate("MainWindow", "&Pause"),
        "Resume": translate("MainWindow", "&Resume"),
        "Preparing…": translate("MainWindow", "Preparing…"),
        "Import another file ▶": translate("MainWindow", "&Import another file ▶"),
    }
    found = words.get(english)
    return found if found is not None else translate("MainWindow", english)


def header_title(file_name: str | None, destination: str) -> str:
    """ "Backfill — customers.csv → VibeFollow users" (or "file" before one is loaded)."""
    if file_name:
        return translate("MainWindow", "Backfill — {file} → {destination}").format(
            file=file_name, destination=destination
        )
    return translate("MainWindow", "Backfill — file → {destination}").format(
        destination=destination
    )


def window_title(header: str, job_id: str | None, production: bool) -> str:
    """The header's title, plus the job's id (how the journal names the upload) and a loud
    [PRODUCTION] when records go to a real API."""
    title = header
    if job_id:
        title = translate("MainWindow", "{title} · job {job}").format(title=title, job=job_id)
    if production:
        title = translate("MainWindow", "{title} [PRODUCTION]").format(title=title)
    return title


def file_field(file_name: str | None, label: str | None) -> str:
    """The status bar's first field: what is loaded."""
    if label:
        return translate("MainWindow", "Fixing {rows}").format(rows=label)  # not the file itself
    if file_name:
        return translate("MainWindow", "File: {file}").format(file=file_name)
    return translate("MainWindow", "No file loaded")


def destination_field(destination: str, profile: str) -> str:
    """The status bar's second field: where the records go, and through which profile."""
    return translate("MainWindow", "Destination: {destination} ({profile})").format(
        destination=destination, profile=profile
    )


def count_lines(rows: int | None, problems: int | None, excluded: int) -> list[str]:
    """ "12,408 rows", "37 problems", "3 excluded": what is under the steps and in the status."""
    lines = []
    if rows is not None:
        lines.append(translate("MainWindow", "%Ln row(s)", None, rows))
    if problems is not None:
        lines.append(translate("MainWindow", "%Ln problem(s)", None, problems))
    if excluded:
        lines.append(translate("MainWindow", "%Ln excluded", None, excluded))
    return lines
