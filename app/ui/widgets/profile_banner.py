"""Which destination the records go to: a badge plus a thin coloured bar across the window.

Sandbox is calm grey; production is red and impossible to miss.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.theme import set_style_state


class ProfileBar(QFrame):
    """The thin strip across the top of the window, coloured by profile kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileBar")
        self.setFixedHeight(4)
        self.set_kind("sandbox")

    def set_kind(self, kind: str) -> None:
        set_style_state(self, "profileKind", kind)


class ProfileBadge(QLabel):
    """ "SANDBOX" or "PRODUCTION — VibeFollow acme-prod"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileBadge")
        self.kind = "sandbox"
        self.set_profile("sandbox", "Sandbox")

    def set_profile(self, kind: str, name: str) -> None:
        self.kind = kind
        word = kind.upper()
        # "Sandbox — VibeFollow events" reads "SANDBOX — VibeFollow events", not twice.
        rest = name
        for sep in (" — ", " - ", ": ", " "):
            if name.lower().startswith(kind.lower() + sep):
                rest = name[len(kind) + len(sep) :]
                break
        if rest.lower() == kind.lower():
            rest = ""
        self.setText(f"{word} — {rest}" if rest else word)
        if kind == "production":
            self.setToolTip("Records go to a real API. Uploads cannot be undone.")
        elif kind == "staging":
            self.setToolTip("Records go to a test copy of the real API.")
        else:
            self.setToolTip("Records go to the local test server; nothing leaves this computer.")
        set_style_state(self, "profileKind", kind)


class HeaderBar(QFrame):
    """Title line of the window: where the data comes from and goes to, plus the badge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headerBar")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.bar = ProfileBar(self)
        outer.addWidget(self.bar)
        row = QHBoxLayout()
        row.setContentsMargins(18, 10, 18, 10)
        self.title = QLabel("Backfill")
        self.title.setObjectName("headerTitle")
        # Leading, not left: in a right-to-left layout the title starts at the right edge.
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.badge = ProfileBadge(self)
        row.addWidget(self.title, 1)
        row.addWidget(self.badge)
        self.trailing = QHBoxLayout()  # the window adds its own buttons here (help, …)
        self.trailing.setSpacing(4)
        row.addSpacing(8)
        row.addLayout(self.trailing)
        outer.addLayout(row)

    def set_title(self, text: str) -> None:
        self.title.setText(text)

    def set_profile(self, kind: str, name: str) -> None:
        if (kind, name) == getattr(self, "_shown", None):
            return
        self._shown = (kind, name)
        self.bar.set_kind(kind)
        self.badge.set_profile(kind, name)
