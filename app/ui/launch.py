"""Start the desktop app: Qt + the qasync event loop, the embedded sandbox, the main window."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.sandbox import SandboxServer
    from app.ui.session import Session

NO_DISPLAY_MESSAGE = """\
Backfill's window needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are unset).

Try one of these:
  • run it on a desktop session, or over SSH with X forwarding (ssh -X);
  • run it on a virtual display:   xvfb-run -a make run
  • render without a screen:       QT_QPA_PLATFORM=offscreen backfill
The command-line tools work without a display: backfill --help
"""


def has_display() -> bool:
    """False on Linux/BSD when no X11/Wayland display is reachable and no Qt platform is forced."""
    if sys.platform.startswith(("win", "darwin")):
        return True
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


# The window's own options: `backfill --open FILE` means `backfill gui --open FILE`.
GUI_OPTIONS = ("--open", "--theme", "--no-sandbox")


def is_gui_command(args: list[str]) -> bool:
    """True when `backfill ARGS` should open the window (no arguments, `gui`, or only the
    window's own options such as --open FILE)."""
    if not args or args[0] == "gui":
        return True
    return args[0].split("=", 1)[0] in GUI_OPTIONS


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Options of the `backfill` / `backfill gui` window command."""
    parser = argparse.ArgumentParser(prog="backfill gui", description="Open the Backfill window.")
    parser.add_argument("--open", metavar="FILE", type=Path, help="load this spreadsheet at start")
    parser.add_argument(
        "--theme", choices=("auto", "light", "dark"), default=None, help="light or dark look"
    )
    parser.add_argument(
        "--no-sandbox", action="store_true", help="do not start the embedded test server"
    )
    return parser.parse_args(argv)


def run_gui(argv: list[str]) -> int:
    """Open the main window against the embedded sandbox; returns the exit code."""
    args = parse_args(argv)
    if not has_display():
        sys.stderr.write(NO_DISPLAY_MESSAGE)
        return 2

    import qasync
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.assets import app_icon
    from app.ui.main_window import MainWindow
    from app.ui.session import Session
    from app.ui.settings import APPLICATION, ORGANIZATION, UiSettings
    from app.ui.theme import apply_theme

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    # No applicationDisplayName: on X11 Qt appends it to every window title, and ours already
    # starts with "Backfill".
    app.setDesktopFileName("backfill")
    app.setWindowIcon(app_icon())
    settings = UiSettings()
    from app.ui.texts import settle_default_locale
    from app.ui.translations import chosen_language, install_translators

    settle_default_locale()
    translators = install_translators(app, chosen_language(settings.language()))  # noqa: F841 - kept alive
    theme = args.theme or settings.theme()
    apply_theme(app, theme)
    hints = app.styleHints()
    if hasattr(hints, "colorSchemeChanged"):
        # Follow the system's light/dark switch, unless the operator picked a look.
        def follow(*_: object) -> None:
            if settings.theme() == "auto" and args.theme in (None, "auto"):
                apply_theme(app, "auto")

        hints.colorSchemeChanged.connect(follow)

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    share_gil_promptly()

    previous_hook = sys.excepthook
    sys.excepthook = _unexpected_error_hook
    session = Session()
    sandbox = None if args.no_sandbox else _start_sandbox(session)
    try:
        window = MainWindow(session, settings=settings)
        window.show()
        freeze_startup_heap()
        if args.open is not None:
            window.open_file(args.open)
        # Unfinished uploads from an earlier run are offered once the window is up.
        QTimer.singleShot(300, lambda: _offer_resume(window))
        quit_after_ms = int(os.environ.get(QUIT_AFTER_ENV) or 0)
        if quit_after_ms > 0:  # the packaged bundle's smoke test: start, show, quit cleanly
            QTimer.singleShot(quit_after_ms, window.close)
        closed = asyncio.Event()
        app.aboutToQuit.connect(closed.set)
        with loop:
            loop.run_until_complete(closed.wait())
            _finish_tasks(loop)
    finally:
        sys.excepthook = previous_hook
        session.close()
        if sandbox is not None:
            sandbox.stop()
    return 0


GIL_SWITCH_INTERVAL_S = 0.001
QUIT_AFTER_ENV = "BACKFILL_QUIT_AFTER_MS"


def share_gil_promptly() -> None:
    """Let a thread waiting for the GIL have it after 1 ms of another's work instead of 5 ms.

    During an upload three threads want the GIL at once: the GUI thread (which also runs the
    HTTP client under qasync), the journal writer and the embedded sandbox. The GUI thread
    re-takes the GIL after every Qt call, and each wait could last a whole 5 ms interval:
    1M-row upload in bench.gui_stall went from p50 3.9 / p99 53 / max 105 ms of stall to
    0.5 / 41 / 69 ms, and finished sooner. The cost is more frequent thread switches.
    """
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)


def freeze_startup_heap() -> None:
    """Move everything alive after start-up (modules, classes, Qt wrappers) out of the GC's view.

    A full collection walks every tracked object, and start-up leaves ~100k of them that live
    as long as the app: on a busy 2-core machine each full pass over them took 50–80 ms of
    GIL time, i.e. a visible freeze of the window while a worker thread allocated. Frozen
    objects are never collected or traversed again, so full passes only see the objects made
    since — the ones that can actually become garbage.
    """
    import gc

    gc.collect()
    gc.freeze()


def _unexpected_error_hook(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """A bug reached the event loop: save the details, tell the operator in words, carry on."""
    import traceback

    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.core.appdirs import data_dir
    from app.ui.texts import translate

    text = "".join(traceback.format_exception(kind, exc, tb))
    log = data_dir() / "errors.log"
    try:
        with log.open("a", encoding="utf-8") as handle:
            handle.write(text + "\n")
        where = translate("Launch", "The details were saved to {log}.").format(log=log)
    except OSError:
        where = ""
    sys.stderr.write(text)
    if QApplication.instance() is not None:
        QMessageBox.warning(
            QApplication.activeWindow(),
            translate("Launch", "Something went wrong"),
            translate(
                "Launch",
                "Backfill hit an unexpected problem and stopped what it was doing. Your file and "
                "any upload in progress are safe. {where}",
            ).format(where=where),
        )


def _finish_tasks(loop: asyncio.AbstractEventLoop, timeout_s: float = 10.0) -> None:
    """Let cancelled async work (an upload pausing at close) finish its clean-up before exit."""
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.wait(pending, timeout=timeout_s))


def _offer_resume(window: object) -> None:
    try:
        from app.ui.dialogs.resume_dialog import offer_unfinished_jobs
    except ImportError:
        return
    offer_unfinished_jobs(window)


def _start_sandbox(session: Session) -> SandboxServer | None:
    """Run the sandbox on a free loopback port; the window still opens if it cannot start."""
    try:
        from app.sandbox import DEFAULT_API_KEY, SandboxServer

        server = SandboxServer(host="127.0.0.1", port=0)
        url = server.start()
    except Exception as exc:  # noqa: BLE001 - the app stays usable without the test server
        sys.stderr.write(f"The local test server could not start ({exc}); uploads to it are off.\n")
        return None
    session.set_sandbox(url, DEFAULT_API_KEY)
    return server
