"""Which users the chosen destination profile already received from Backfill: the journal
read the Review step's insight panel runs off the GUI thread to say how many are new, and the
panel wired to the session (another profile: counted again)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import numpy as np

from app.core.fields import get_schema
from app.ui.session import Session
from app.ui.texts import translate
from app.ui.widgets.insight_panel import InsightPanel


def user_history(session: Session) -> tuple[Callable[[], np.ndarray] | None, str]:
    """A reader of the hashes of users the session's profile already accepted (destination
    id + base URL), and the destination's name, e.g. "VibeFollow (sandbox)"; (None, "")
    without a profile for the mapping's destination."""
    profile = session.profile
    if profile is None or profile.destination_id != session.destination_id:
        return None, ""
    base_url = profile.base_url
    if profile.is_sandbox_placeholder:
        if not session.sandbox_url:
            return None, ""
        base_url = session.sandbox_url
    journal = session.journal
    vendor = get_schema(profile.destination_id).vendor
    if profile.builtin:
        place = translate("InsightPanel", "{vendor} (sandbox)").format(vendor=vendor)
    else:
        place = f"{vendor} ({profile.name})"
    destination_id = profile.destination_id

    def history() -> np.ndarray:
        return np.asarray(journal.accepted_user_hashes(destination_id, base_url))

    return history, place


def insight_panel(session: Session) -> InsightPanel:
    """Review's "Who and when" panel, counting users new to the session's profile."""
    panel = InsightPanel(partial(user_history, session))
    session.profile_changed.connect(panel.recount)
    return panel
