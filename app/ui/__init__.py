"""The PySide6 desktop app. Thin: widgets wired to app.core objects."""

from app.ui.pyside_workarounds import immortalise_singletons

immortalise_singletons()  # before any signal is emitted: see pyside_workarounds
