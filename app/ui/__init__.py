"""The PySide6 desktop app. Thin: widgets wired to app.core objects."""

from app.ui.pyside_workarounds import immortalise_bools

immortalise_bools()  # before any signal is emitted: see pyside_workarounds
