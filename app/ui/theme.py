"""Light and dark looks: a Fusion palette plus `resources/style/backfill.qss` with colour tokens.

The stylesheet names colours as `@token`; the tokens for each look are data here, so one
stylesheet serves both. "auto" follows the operating system's colour scheme.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.assets import asset_path

LIGHT: dict[str, str] = {
    "window": "#f6f7f9",
    "surface": "#ffffff",
    "surface_alt": "#f1f3f6",
    "sidebar": "#eef0f4",
    "border": "#d9dde3",
    "text": "#1f2933",
    "muted": "#5f6b7a",
    "accent": "#2563eb",
    "accent_hover": "#1d4ed8",
    "accent_text": "#ffffff",
    "accent_soft": "#dbe6fd",
    "selection": "#cfdcfb",
    "error": "#b91c1c",
    "error_soft": "#fdecec",
    "warning": "#92400e",
    "warning_soft": "#fdf3dc",
    "info_soft": "#e8f0fe",
    "success": "#15803d",
    "sandbox": "#6b7280",
    "sandbox_soft": "#e5e7eb",
    "staging": "#d97706",
    "production": "#dc2626",
    "disabled": "#a3acb9",
}

DARK: dict[str, str] = {
    "window": "#1c1f24",
    "surface": "#24282e",
    "surface_alt": "#2b3037",
    "sidebar": "#202328",
    "border": "#3a4049",
    "text": "#e6e9ee",
    "muted": "#9aa4b2",
    "accent": "#4f8cff",
    "accent_hover": "#6b9dff",
    "accent_text": "#0b1220",
    "accent_soft": "#25375a",
    "selection": "#2f4a7a",
    "error": "#f87171",
    "error_soft": "#3a2326",
    "warning": "#fbbf24",
    "warning_soft": "#3a3120",
    "info_soft": "#233149",
    "success": "#4ade80",
    "sandbox": "#9ca3af",
    "sandbox_soft": "#353a42",
    "staging": "#f59e0b",
    "production": "#ef4444",
    "disabled": "#5c6573",
}


def system_prefers_dark() -> bool:
    """True when the OS asks for a dark look (Qt 6.5+ reports the colour scheme)."""
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is None:
        return False
    return scheme() == Qt.ColorScheme.Dark


def tokens_for(mode: str) -> dict[str, str]:
    """The colour tokens for "light", "dark" or "auto"."""
    if mode == "auto":
        mode = "dark" if system_prefers_dark() else "light"
    return DARK if mode == "dark" else LIGHT


def stylesheet(
    tokens: dict[str, str], direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight
) -> str:
    """The app stylesheet with `@token` colours filled in; `@leading` and `@trailing` are the
    sides a line reads from and to (QSS's border-left is not mirrored right to left)."""
    text = asset_path("style", "backfill.qss").read_text(encoding="utf-8")
    sides = ("right", "left") if direction == Qt.LayoutDirection.RightToLeft else ("left", "right")
    tokens = {
        **tokens,
        "icons_dir": asset_path("icons").as_posix(),
        "leading": sides[0],
        "trailing": sides[1],
    }
    # Longest names first would matter for prefixes (@accent vs @accent_soft): use word ends.
    return re.sub(r"@([a-z_]+)\b", lambda m: tokens.get(m.group(1), m.group(0)), text)


def palette(tokens: dict[str, str]) -> QPalette:
    """A Fusion palette matching the tokens, so unstyled widgets fit in."""
    p = QPalette()
    c = {k: QColor(v) for k, v in tokens.items()}
    p.setColor(QPalette.ColorRole.Window, c["window"])
    p.setColor(QPalette.ColorRole.WindowText, c["text"])
    p.setColor(QPalette.ColorRole.Base, c["surface"])
    p.setColor(QPalette.ColorRole.AlternateBase, c["surface_alt"])
    p.setColor(QPalette.ColorRole.Text, c["text"])
    p.setColor(QPalette.ColorRole.Button, c["surface"])
    p.setColor(QPalette.ColorRole.ButtonText, c["text"])
    p.setColor(QPalette.ColorRole.Highlight, c["selection"])
    p.setColor(QPalette.ColorRole.HighlightedText, c["text"])
    p.setColor(QPalette.ColorRole.ToolTipBase, c["surface"])
    p.setColor(QPalette.ColorRole.ToolTipText, c["text"])
    p.setColor(QPalette.ColorRole.PlaceholderText, c["muted"])
    p.setColor(QPalette.ColorRole.Link, c["accent"])
    p.setColor(QPalette.ColorRole.Mid, c["border"])
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, c["disabled"])
    return p


def apply_theme(app: QApplication, mode: str = "auto") -> dict[str, str]:
    """Give the app the Backfill look, its sides for the app's layout direction (set that
    first); returns the tokens used (pages may tint with them)."""
    tokens = tokens_for(mode)
    app.setStyle("Fusion")
    app.setPalette(palette(tokens))
    app.setStyleSheet(stylesheet(tokens, app.layoutDirection()))
    app.setProperty("backfillDark", tokens is DARK)
    return tokens


def current_tokens() -> dict[str, str]:
    """The tokens of the look in use (light when no theme was applied)."""
    app = QApplication.instance()
    return DARK if app is not None and app.property("backfillDark") else LIGHT


def set_style_state(widget: QWidget, name: str, value: object) -> None:
    """Set a property the stylesheet selects on, and re-apply the stylesheet to `widget`."""
    widget.setProperty(name, value)
    # Qt evaluates property selectors when it polishes a widget, not when a property changes.
    widget.style().unpolish(widget)
    widget.style().polish(widget)


# Below this page height (e.g. 1920×1080 at 200 % scaling) pages use tighter margins, so the
# tables keep a few more rows on screen.
COMPACT_PAGE_HEIGHT = 460
PAGE_MARGINS = (24, 20, 24, 12)
COMPACT_MARGINS = (16, 8, 16, 4)


def fit_page_margins(page: QWidget) -> bool:
    """Tighter margins for `page`'s layout when it is short; returns True when compact."""
    layout = page.layout()
    compact = page.height() < COMPACT_PAGE_HEIGHT
    if layout is not None:
        wanted = COMPACT_MARGINS if compact else PAGE_MARGINS
        if layout.contentsMargins().top() != wanted[1]:
            layout.setContentsMargins(*wanted)
    return compact
