"""The PySide6 desktop app. Thin: widgets wired to app.core objects."""
