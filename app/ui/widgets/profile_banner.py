"""Which destination the records go to: a badge plus a thin coloured bar across the window.

Sandbox is calm grey; production is red and impossible to miss.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.texts import translate
from app.ui.theme import set_style_state


def _kind_word(kind: str) -> str:
    """The badge's loud word for a profile kind ("SANDBOX" is the built-in server's name)."""
    if kind == "production":
        return translate("ProfileBadge", "PRODUCTION")
    if kind == "staging":
        return translate("ProfileBadge", "STAGING")
    return "SANDBOX" if kind == "sandbox" else kind.upper()


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
        self.set_profile("sandbox", translate("MainWindow", "Sandbox"))

    def set_profile(self, kind: str, name: str) -> None:
        self.kind = kind
        word = _kind_word(kind)
        # "Sandbox — VibeFollow events" reads "SANDBOX — VibeFollow events", not twice.
        rest = name
        for sep in (" — ", " – ", " - ", ": ", " "):
            if name.lower().startswith(kind.lower() + sep):
                rest = name[len(kind) + len(sep) :]
                break
        if rest.lower() == kind.lower():
            rest = ""
        if rest:  # the language's own dash between the loud kind and the name
            self.setText(translate("ProfileBadge", "{kind} — {name}").format(kind=word, name=rest))
        else:
            self.setText(word)
        if kind == "production":
            tip = translate("ProfileBadge", "Records go to a real API. Uploads cannot be undone.")
        elif kind == "staging":
            tip = translate("ProfileBadge", "Records go to a test copy of the real API.")
        else:
            tip = translate(
                "ProfileBadge",
                "Records go to the local test server; nothing leaves this computer.",
            )
        self.setToolTip(tip)
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
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.badge = ProfileBadge(self)
        # The title as wide as its words, then the stretch: the layout, mirrored under
        # right-to-left, puts it at the leading edge. (A stretched label aligns its words by
        # their own direction: Latin words went left, next to the badge.)
        row.addWidget(self.title)
        row.addStretch(1)
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
