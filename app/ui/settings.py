"""UI-state defaults as data, and the QSettings store for window state and recent files.

Only UI state lives here (geometry, splitter sizes, recent files, last folder). Never keys or
anything secret: those go through `app.core.secrets`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Backfill"
APPLICATION = "Backfill"


@dataclass(frozen=True)
class Defaults:
    """Every UI setting with its default, in one place."""

    window_width: int = 1280
    window_height: int = 820
    recent_files_max: int = 8
    preview_rows: int = 20
    theme: str = "auto"  # auto | light | dark
    language: str = ""  # "" follows the system locale; else "en", "de", "fr", "es"


DEFAULTS = Defaults()

KEY_GEOMETRY = "window/geometry"
KEY_STATE = "window/state"
KEY_RECENT = "files/recent"
KEY_LAST_DIR = "files/last_dir"
KEY_THEME = "ui/theme"
KEY_LANGUAGE = "ui/language"


class UiSettings:
    """Typed access to the app's QSettings. Tests pass their own QSettings (a tmp INI file)."""

    def __init__(self, store: QSettings | None = None) -> None:
        # INI format everywhere (not the registry or plists): one readable file, and
        # QSettings.setPath(IniFormat, …) can move it, which tests rely on.
        self.store = (
            store
            if store is not None
            else QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
            )
        )

    # -- window --------------------------------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        value = self.store.value(KEY_GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, value: QByteArray) -> None:
        self.store.setValue(KEY_GEOMETRY, value)

    def theme(self) -> str:
        value = self.store.value(KEY_THEME, DEFAULTS.theme)
        return value if value in ("auto", "light", "dark") else DEFAULTS.theme

    def set_theme(self, value: str) -> None:
        self.store.setValue(KEY_THEME, value)

    def language(self) -> str:
        """The chosen language code ("" = the system's), used from the next start."""
        value = self.store.value(KEY_LANGUAGE, DEFAULTS.language)
        return value if isinstance(value, str) else DEFAULTS.language

    def set_language(self, value: str) -> None:
        self.store.setValue(KEY_LANGUAGE, value)

    # -- files ---------------------------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        """Recently opened files that still exist, newest first."""
        paths = [Path(p) for p in self._recent_entries() if p]
        return [p for p in paths if p.exists()][: DEFAULTS.recent_files_max]

    def add_recent_file(self, path: Path) -> None:
        """Put `path` at the top of the recent list."""
        entries = [str(path.resolve())] + [
            p for p in self._recent_entries() if p != str(path.resolve())
        ]
        self.store.setValue(KEY_RECENT, entries[: DEFAULTS.recent_files_max])

    def _recent_entries(self) -> list[str]:
        # QSettings hands back one entry as a plain string, and a hand-edited file anything.
        raw = self.store.value(KEY_RECENT, [])
        if isinstance(raw, str):
            return [raw]
        return [p for p in raw if isinstance(p, str)] if isinstance(raw, list) else []

    def clear_recent_files(self) -> None:
        self.store.remove(KEY_RECENT)

    def last_dir(self) -> str:
        value = self.store.value(KEY_LAST_DIR, "")
        return value if isinstance(value, str) else ""

    def set_last_dir(self, folder: Path) -> None:
        self.store.setValue(KEY_LAST_DIR, str(folder))

    def sync(self) -> None:
        self.store.sync()
