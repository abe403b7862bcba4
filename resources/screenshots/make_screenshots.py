"""Screenshots of the five steps, taken from the real app driving a sample file end to end.

Run under a virtual display (the README's pictures come from here):

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python resources/screenshots/make_screenshots.py

Options: `--theme light|dark`, `--out DIR` (default: this folder), `--size 1280x800`,
`--language de|fr|es` (the window in that language), `--rtl` (mirrored, as under an Arabic or
Hebrew locale). The README's German and right-to-left tours: `--language de --out
resources/screenshots/de` and `--rtl --out resources/screenshots/rtl`. `--pair`: a users
sheet sent with an event for each user instead (06-pair-map, 06b-pair-review, 07-pair-upload, 08-pair-report).
Nothing touches the user's data, settings or keychain: everything lives in a temp folder.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SAMPLE = ROOT / "resources" / "samples" / "events_sample.csv"
USERS_SAMPLE = ROOT / "resources" / "samples" / "users_sample.csv"


async def wait_for(condition: Callable[[], bool], what: str, timeout_s: float = 60) -> None:
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout_s:
            raise TimeoutError(f"gave up waiting for {what}")
        await asyncio.sleep(0.05)


async def settle(seconds: float = 0.4) -> None:
    """Let layouts, fonts and repaints catch up before a grab."""
    await asyncio.sleep(seconds)


def save(window, out: Path, name: str) -> Path:
    path = out / name
    window.grab().save(str(path))
    print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return path


async def tour(window, sandbox, out: Path) -> None:
    """Load → Map → Review → Upload (mid-run, while the API asks us to wait; then done) →
    Report."""
    from app.core.uploader import UploadSettings
    from app.ui.upload_runner import RunState

    session = window.session
    await settle(0.8)
    window.pages[0].load_path(SAMPLE)
    await wait_for(lambda: session.table is not None, "the sample to load")
    await settle()
    save(window, out, "01-load.png")

    window.go_to(1)
    await wait_for(lambda: session.mapping is not None and not window.pages[1].is_busy, "mapping")
    await settle()
    save(window, out, "02-map.png")

    window.go_to(2)
    await wait_for(lambda: session.validation is not None, "validation")
    await settle()
    save(window, out, "03-review.png")

    # A realistic run: one destination-side rejection rule, slow answers and a 429 part-way.
    sandbox.configure(latency_ms=120, fractional_retry_after=True)
    sandbox.set_faults(
        reject_field="properties.country",
        reject_pattern="^FR$",
        reject_code="country_not_enabled",
        reject_message="country 'FR' is not enabled for this project",
    )
    upload = window.pages[3]
    upload.upload_settings = UploadSettings(
        chunk_size=20, initial_concurrency=1, max_concurrency=1, min_concurrency=1
    )
    window.go_to(3)
    await wait_for(lambda: upload.duplicates is not None, "the duplicate check")
    await settle()

    # How a production profile looks (it points at the sandbox here, and nothing is sent).
    from app.core.profiles import Profile

    production = session.profiles.save(
        Profile("Production — VibeFollow acme-prod", "vibefollow-events", sandbox.base_url)
    )
    session.secrets.set(production.name, "demo-key", session_only=True)
    upload._reload_profiles()
    upload.select_profile(production.name)
    await settle()
    save(window, out, "04a-upload-production.png")
    upload.start()
    await wait_for(lambda: upload.confirm_dialog is not None, "the confirmation")
    await settle()
    dialog = upload.confirm_dialog
    dialog.understood.setChecked(True)
    await settle(0.2)
    dialog.grab().save(str(out / "04b-confirm-production.png"))
    print(f"saved {out / '04b-confirm-production.png'}")
    dialog.reject()
    upload.select_profile(upload.profile_combo.itemData(0).name)  # back to the sandbox
    await settle()
    upload.start()
    await wait_for(lambda: upload.counts.get("accepted", 0) >= 90, "the upload to get going")
    sandbox.set_faults(
        p429=1.0,
        retry_after=6,
        budget=1,
        reject_field="properties.country",
        reject_pattern="^FR$",
        reject_code="country_not_enabled",
        reject_message="country 'FR' is not enabled for this project",
    )
    try:
        await wait_for(upload.run_panel._wait_timer.isActive, "a 429 wait", 10)  # any language
        await settle(1.2)
    except TimeoutError:
        pass
    save(window, out, "04-upload.png")
    await wait_for(lambda: upload.runner.state == RunState.FINISHED, "the upload", 120)
    await settle()
    save(window, out, "04c-upload-done.png")

    report = window.pages[4]
    window.go_to(4)
    await wait_for(lambda: report.job is not None, "the report")
    await wait_for(lambda: report.receipt_saved, "the receipt", 10)
    await settle()
    save(window, out, "05-report.png")


async def pair_tour(window, sandbox, out: Path) -> None:
    """A users sheet with "Also send an event for each user" on Map; its Upload while the
    events go (users refused and failed, their events not sent or held); its Report."""
    from PySide6.QtCore import Qt

    from app.core.uploader import UploadSettings
    from app.ui.upload_runner import RunState
    from app.ui.widgets.then_event_card import ThenEventCard

    session = window.session
    session.set_destination("vibefollow-users")
    await settle(0.8)
    window.pages[0].load_path(USERS_SAMPLE)
    await wait_for(lambda: session.table is not None, "the users sample to load")
    window.go_to(1)
    map_page = window.pages[1]
    await wait_for(lambda: session.mapping is not None and not map_page.is_busy, "mapping")
    card = map_page.findChild(ThenEventCard)
    card.enabled.click()
    card.time.setCurrentIndex(card.time.findData("Signup Date"))
    card.properties.findItems("Plan", Qt.MatchFlag.MatchExactly)[0].setCheckState(
        Qt.CheckState.Checked
    )
    await settle()
    scroll = getattr(map_page, "page_scroll", None)
    if scroll is not None:
        scroll.ensureWidgetVisible(card)
    await settle()
    save(window, out, "06-pair-map.png")

    window.go_to(2)
    await wait_for(lambda: session.validation is not None, "validation")
    review = window.pages[2]
    await wait_for(lambda: review.event_part.tally is not None, "the event part's check")
    await settle()
    save(window, out, "06b-pair-review.png")
    # Users of one company refused; the second users request fails (its users' events wait).
    sandbox.configure(latency_ms=150)
    sandbox.set_faults(
        reject_field="traits.company",
        reject_pattern="^Initech$",
        reject_code="company_blocked",
        reject_message="company 'Initech' is not enabled for this project",
        script=("proceed", "500"),
        endpoints=("vibefollow-users",),
    )
    upload = window.pages[3]
    upload.upload_settings = UploadSettings(
        chunk_size=20, initial_concurrency=1, max_concurrency=1, min_concurrency=1, max_attempts=1
    )
    window.go_to(3)
    await wait_for(upload.primary_enabled, "the upload to be ready")
    upload.start()
    panel = upload.run_panel
    events_going = lambda: panel.part_counts is not None and 40 <= panel.part_counts[1].done < 120
    await wait_for(events_going, "the events to be under way", 120)
    await settle(0.2)
    save(window, out, "07-pair-upload.png")
    await wait_for(lambda: upload.runner.state == RunState.FINISHED, "the upload", 120)

    report = window.pages[4]
    window.go_to(4)
    await wait_for(lambda: report.job is not None and report.pair is not None, "the report")
    await wait_for(lambda: report.receipt_saved, "the receipt", 10)
    await settle()
    save(window, out, "08-pair-report.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshot every step of the app.")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--language", choices=("en", "de", "fr", "es"), default="en")
    parser.add_argument("--rtl", action="store_true", help="lay the window out right to left")
    parser.add_argument(
        "--pair", action="store_true", help="users and an event for each (06–08) instead"
    )
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    work = Path(tempfile.mkdtemp(prefix="backfill-shots-"))
    os.environ["BACKFILL_DATA_DIR"] = str(work / "data")
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # never the real one
    sys.path.insert(0, str(ROOT))

    import qasync
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from app.sandbox import DEFAULT_API_KEY, SandboxServer
    from app.ui.assets import app_icon
    from app.ui.main_window import MainWindow
    from app.ui.session import Session
    from app.ui.settings import UiSettings
    from app.ui.texts import settle_default_locale
    from app.ui.theme import apply_theme
    from app.ui.translations import install_translators

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationDisplayName("Backfill")
    app.setWindowIcon(app_icon())
    settle_default_locale()
    translators = install_translators(app, args.language)  # noqa: F841 - kept alive
    if args.rtl:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    apply_theme(app, args.theme)  # after the direction: the stylesheet's sides follow it
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    args.out.mkdir(parents=True, exist_ok=True)

    sandbox = SandboxServer()
    sandbox.start()
    try:
        session = Session()
        session.set_sandbox(sandbox.base_url, DEFAULT_API_KEY)
        settings = UiSettings(QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat))
        window = MainWindow(session, settings=settings)
        window.pages[3].ask_pause_and_close = lambda: True
        window.resize(width, height)
        window.show()
        with loop:
            walk = pair_tour if args.pair else tour
            loop.run_until_complete(walk(window, sandbox, args.out))
            window.close()
            for page in window.pages:
                page.shutdown()
    finally:
        sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
