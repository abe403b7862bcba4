"""The Upload step's full-width strip that says where the rows go, in the profile's colour."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from app.core.profiles import Profile
from app.ui.dialogs.confirm_production import loud_name
from app.ui.texts import translate

SANDBOX_GREY = "#6b7280"


class ProfileBanner(QFrame):
    """A full-width strip in the profile's colour: grey for sandbox, red for production."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uploadBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        self.label = QLabel("")
        self.label.setObjectName("uploadBannerText")
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.kind = "sandbox"

    def show_profile(self, profile: Profile | None, base_url: str) -> None:
        """Say where rows go: louder (bolder) the further from the sandbox."""
        kind = profile.kind if profile is not None else "sandbox"
        self.kind = kind
        colour = profile.badge_colour if profile is not None else SANDBOX_GREY
        name = profile.name if profile is not None else translate("ProfileBanner", "Sandbox")
        if kind == "production":
            text = translate(
                "ProfileBanner", "{profile}. Rows go to the real API at {url}."
            ).format(profile=loud_name(kind, name), url=base_url)
            weight = "800"
        elif kind == "staging":
            text = translate("ProfileBanner", "{profile} at {url}").format(
                profile=loud_name(kind, name), url=base_url
            )
            weight = "700"
        elif profile is None or profile.builtin:
            text = translate(
                "ProfileBanner",
                "SANDBOX — the test server built into Backfill. Nothing leaves this computer.",
            )
            weight = "600"
        else:
            text = translate("ProfileBanner", "SANDBOX — {profile} at {url}").format(
                profile=name, url=base_url
            )
            weight = "600"
        self.label.setText(text)
        self.setProperty("profileKind", kind)
        self.setStyleSheet(
            f"#uploadBanner {{ background: {colour}; border-radius: 8px; }}"
            f" #uploadBannerText {{ color: #ffffff; font-weight: {weight}; font-size: 11pt; }}"
        )
