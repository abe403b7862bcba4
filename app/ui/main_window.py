"""The one main window: step sidebar, the current step's page, one primary button, status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from app.core.validate import ValidationResult
from app.ui.accessibility import named, pointing, spoken
from app.ui.assets import app_icon, icon
from app.ui.destination_names import destination_label, profile_label
from app.ui.focus_guide import FocusGuide
from app.ui.pages.base import StepPage
from app.ui.pages.load_page import LoadPage
from app.ui.pages.map_page import MapPage
from app.ui.pages.report_page import ReportPage
from app.ui.pages.review_page import ReviewPage
from app.ui.pages.upload_page import UploadPage
from app.ui.session import Session
from app.ui.settings import DEFAULTS, UiSettings
from app.ui.shell_words import (
    count_lines,
    destination_field,
    file_field,
    header_title,
    primary_words,
    window_title,
)
from app.ui.texts import translate
from app.ui.theme import set_style_state
from app.ui.widgets.help_button import HelpButton

# The pages name themselves in English; the sidebar shows these words translated.
STEP_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "Load"),
    QT_TRANSLATE_NOOP("MainWindow", "Map"),
    QT_TRANSLATE_NOOP("MainWindow", "Review"),
    QT_TRANSLATE_NOOP("MainWindow", "Upload"),
    QT_TRANSLATE_NOOP("MainWindow", "Report"),
)
MIN_WIDTH, MIN_HEIGHT = 760, 500
# Title bar and borders a window manager adds; only known once the window is on screen.
FRAME_ALLOWANCE = (16, 40)

P = TypeVar("P", bound=StepPage)


def default_pages(session: Session, settings: UiSettings | None = None) -> list[StepPage]:
    """Load, Map, Review, Upload, Report."""
    return [
        LoadPage(session, settings=settings),
        MapPage(session),
        ReviewPage(session),
        UploadPage(session),
        ReportPage(session),
    ]


class MainWindow(QMainWindow):
    """Backfill's window. Pages own their work; the window only navigates and shows state."""

    def __init__(
        self,
        session: Session,
        pages: list[StepPage] | None = None,
        *,
        settings: UiSettings | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.settings = settings if settings is not None else UiSettings()
        self.pages: list[StepPage] = (
            pages if pages is not None else default_pages(session, self.settings)
        )
        # The pages the window talks to by name (tests build windows with stand-ins for some).
        self.load_page = _page_of(self.pages, LoadPage)
        self.upload_page = _page_of(self.pages, UploadPage)
        self.report_page = _page_of(self.pages, ReportPage)
        self.current = 0
        self._closing_done = False
        self._journal_checked = False
        self.busy_box: QMessageBox | None = None  # "can't load now" note, when shown
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self._build()
        self.focus = FocusGuide(
            lambda: self.current_page,
            self.primary_button,
            [self.help_button, *self.sidebar.buttons],
            [self.back_button, self.primary_button],
            self,
        )
        self._build_actions()
        self._connect()
        self._restore_geometry()
        self.stack.setCurrentIndex(0)
        self.pages[0].on_enter()
        self.refresh()

    # -- construction --------------------------------------------------------------------------

    def _build(self) -> None:
        from app.ui.widgets.profile_banner import HeaderBar
        from app.ui.widgets.step_sidebar import StepSidebar

        central = QWidget()
        central.setObjectName("central")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        self.header = HeaderBar()
        self.help_button = HelpButton(
            self.settings,
            shortcuts=self.show_shortcuts,
            set_theme=self.set_theme,
            about=self.show_about,
        )
        self.help_menu, self.theme_actions = (
            self.help_button.help_menu,
            self.help_button.theme_actions,
        )
        self.header.trailing.addWidget(self.help_button)
        outer.addWidget(self.header)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.sidebar = StepSidebar([(self.tr(p.title), icon(p.icon_name)) for p in self.pages])
        body.addWidget(self.sidebar)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        for page in self.pages:
            self.stack.addWidget(_scrolling(page))
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)

        actions = QFrame()
        actions.setObjectName("actionBar")
        row = QHBoxLayout(actions)
        row.setContentsMargins(18, 10, 18, 10)
        row.setSpacing(10)
        self.hint_label = QLabel("")
        self.hint_label.setObjectName("primaryHint")
        self.hint_label.setWordWrap(True)
        row.addWidget(self.hint_label, 1)
        self.back_button = named(
            QPushButton(pointing(self.tr("◀ &Back"), self.layoutDirection())),
            self.tr("Back"),
            self.tr("The previous step (Alt+Left)"),
        )
        self.back_button.setObjectName("backButton")
        self.primary_button = QPushButton(primary_words("Next ▶"))
        self.primary_button.setObjectName("primaryButton")
        self.primary_button.setDefault(True)
        self.primary_button.setMinimumWidth(160)
        row.addWidget(self.back_button)
        row.addWidget(self.primary_button)
        outer.addWidget(actions)
        self.setCentralWidget(central)

        status = QStatusBar()
        status.setSizeGripEnabled(True)
        self.file_label = QLabel(self.tr("No file loaded"))
        self.destination_label = QLabel("")
        self.counts_label = QLabel("")
        for label in (self.file_label, self.destination_label, self.counts_label):
            label.setObjectName("statusField")
            status.addPermanentWidget(label)
        # A message (e.g. "Upload abgeschlossen: …") is clipped where the fields begin; the
        # destination steps aside meanwhile (the title and the badge name it too).
        status.messageChanged.connect(lambda text: self.destination_label.setHidden(bool(text)))
        self.setStatusBar(status)

    def _build_actions(self) -> None:
        self.step_actions: list[QAction] = []
        for index, page in enumerate(self.pages):
            action = QAction(self.tr("Go to {step}").format(step=self.tr(page.title)), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.go_to(i))
            self.addAction(action)
            self.step_actions.append(action)

        def add(text: str, keys: list[str], slot: object) -> QAction:
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.open_action = add(self.tr("Open a file…"), ["Ctrl+O"], self.browse_file)
        self.primary_action = add(
            self.tr("Primary action"), ["Ctrl+Return", "Ctrl+Enter"], self._primary_shortcut
        )
        self.back_action = add(self.tr("Back"), ["Alt+Left", "Ctrl+["], self.go_back)
        self.next_action = add(self.tr("Next step"), ["Alt+Right", "Ctrl+]"], self.go_next)
        self.quit_action = add(self.tr("Quit"), ["Ctrl+Q"], self.close)
        self.help_action = add(self.tr("Keyboard shortcuts"), ["F1"], self.show_shortcuts)
        self.cancel_action = add(self.tr("Cancel running work"), ["Esc"], self.cancel_current_work)

    def _connect(self) -> None:
        self.sidebar.step_clicked.connect(self.go_to)
        self.back_button.clicked.connect(self.go_back)
        self.primary_button.clicked.connect(self._primary_clicked)
        for page in self.pages:
            page.state_changed.connect(self.refresh)
            page.advance_requested.connect(lambda p=page: self._advance_from(p))
            page.step_requested.connect(self.go_to)
        self._wire_pages()
        s = self.session
        for signal in (
            s.table_changed,
            s.mapping_changed,
            s.validation_changed,
            s.excluded_changed,
            s.destination_changed,
            s.profile_changed,
            s.job_changed,
        ):
            signal.connect(self.refresh)
        s.status.connect(self.show_status)

    def _wire_pages(self) -> None:
        """Pages never look for each other: what one asks of another is connected here."""
        upload, report = self.upload_page, self.report_page
        if upload is not None:
            upload.close_window_requested.connect(self._close_if_shown)
            if report is not None:
                report.resume_requested.connect(upload.resume_job)

    # -- navigation ----------------------------------------------------------------------------

    @property
    def current_page(self) -> StepPage:
        return self.pages[self.current]

    def go_to(self, index: int) -> bool:
        """Show step `index` if its inputs exist; returns whether it is now shown."""
        if not 0 <= index < len(self.pages):
            return False
        if index == self.current:
            return True
        target = self.pages[index]
        if not target.can_enter():
            self.show_status(
                translate("MainWindow", "{step} needs the earlier steps first.").format(
                    step=self.tr(target.title)
                )
            )
            return False
        self.current_page.on_leave()
        self.current = index
        self.stack.setCurrentIndex(index)
        target.on_enter()
        self.refresh()
        self.focus_step()
        return True

    def focus_step(self) -> None:
        """Keyboard focus where work continues on the current step (see FocusGuide)."""
        self.focus.focus_step()

    def go_back(self) -> None:
        if self.current > 0:
            self.go_to(self.current - 1)

    def go_next(self) -> None:
        if self.current + 1 < len(self.pages):
            self.go_to(self.current + 1)

    def _advance_from(self, page: StepPage) -> None:
        # A page finished its primary work (possibly asynchronously): move on only if the
        # operator is still looking at it.
        if page is self.current_page:
            self.go_next()

    def _primary_clicked(self) -> None:
        page = self.current_page
        if page.primary_enabled():
            page.on_primary()
        self.refresh()

    def _primary_shortcut(self) -> None:
        if self.primary_button.isEnabled():
            self._primary_clicked()

    def cancel_current_work(self) -> None:
        """Esc: stop what the current page is doing in the background (loading, checking)."""
        self.current_page.cancel_work()

    # -- help ----------------------------------------------------------------------------------

    def shortcut_lines(self) -> list[tuple[str, str]]:
        """(keys, what they do) for the shortcuts list."""
        lines = [
            (f"Ctrl+{i + 1}", self.tr("Go to {step}").format(step=self.tr(p.title)))
            for i, p in enumerate(self.pages)
        ]
        lines += [
            ("Ctrl+O", self.tr("Open a spreadsheet")),
            (
                "Ctrl+Enter",
                self.tr("The page's main button: Next, or Start / Pause / Resume upload"),
            ),
            ("Alt+Left / Alt+Right", self.tr("Previous / next step")),
            ("Alt+B", self.tr("Back")),
            ("Alt+N", self.tr("On Load: the file name field (type a path, then Enter)")),
            ("Esc", self.tr("Cancel loading or checking")),
            ("Ctrl+.", self.tr("Cancel a running upload")),
            ("F1", self.tr("This list")),
            ("Ctrl+Q", self.tr("Quit")),
        ]
        return lines

    def show_shortcuts(self) -> QMessageBox:
        rows = "".join(
            f"<tr><td style='padding-right:18px'><b>{keys}</b></td><td>{what}</td></tr>"
            for keys, what in self.shortcut_lines()
        )
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.RichText)
        also = self.tr("You can also drop a file anywhere on the window.")
        box.setText(f"<table>{rows}</table><p>{also}</p>")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def set_theme(self, mode: str) -> None:
        """Light, dark or following the system; remembered for next time."""
        from app.ui.theme import apply_theme

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, mode)
        self.settings.set_theme(mode)
        self.theme_actions[mode].setChecked(True)

    def show_about(self) -> None:
        try:
            from app.ui.about import show_about
        except ImportError:
            QMessageBox.about(
                self,
                translate("MainWindow", "About Backfill"),
                translate("MainWindow", "Backfill — spreadsheets into analytics APIs."),
            )
            return
        show_about(self)

    # -- files ---------------------------------------------------------------------------------

    def busy_reason(self) -> str:
        """Why a new file must wait ("" when it needn't): asked of every page."""
        return next((reason for page in self.pages if (reason := page.busy_reason())), "")

    def open_file(self, path: Path) -> None:
        """Load `path` on the Load step (from drop, recent files or `--open`)."""
        reason = self.busy_reason()
        if reason:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                translate("MainWindow", "Not now"),
                translate("MainWindow", "{file} can’t be loaded yet. {reason}").format(
                    file=Path(path).name, reason=reason
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # window-modal, doesn't block the event loop
            self.busy_box = box
            return
        if self.current != 0:
            self.go_to(0)
        if self.load_page is not None:
            self.load_page.load_path(Path(path))

    def browse_file(self) -> None:
        """The Open dialog (Ctrl+O)."""
        reason = self.busy_reason()
        if reason:
            self.show_status(
                translate("MainWindow", "Another file can’t be opened now. {reason}").format(
                    reason=reason
                )
            )
            return
        if self.current != 0:
            self.go_to(0)
        if self.load_page is not None:
            self.load_page.browse()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if _local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        files = _local_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        # Load after the drop finishes, so the drag source is not kept waiting.
        QTimer.singleShot(0, lambda: self.open_file(files[0]))

    # -- state ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-ask the pages and the session, and update sidebar, buttons, title and status."""
        pages = self.pages
        done = [p.is_complete() for p in pages]
        reachable = [p.can_enter() for p in pages]
        self.sidebar.update_steps(self.current, done, reachable)
        for index, action in enumerate(self.step_actions):
            action.setEnabled(reachable[index] or index == self.current)

        page = self.current_page
        words = primary_words(page.primary_text())
        self.primary_button.setText(pointing(words, self.layoutDirection()))
        self.primary_button.setAccessibleName(spoken(words))
        enabled = page.primary_enabled()
        self.focus.set_primary_enabled(enabled)
        self.primary_button.setVisible(bool(page.primary_text()))
        # Sending to production: the one button that does it is red, not the usual blue.
        danger = self.session.is_production and page is self.upload_page
        if self.primary_button.property("danger") != danger:
            set_style_state(self.primary_button, "danger", danger)
        self.hint_label.setText("" if enabled else page.primary_hint())
        self.back_button.setEnabled(self.current > 0)
        # Esc only means "cancel" while something runs; otherwise editors and dialogs keep it.
        busy = page.is_busy or (page is self.load_page and self.load_page.is_loading)
        self.cancel_action.setEnabled(busy)

        s = self.session
        destination = destination_label(s.destination_id)
        kind, name = self._profile_kind()
        title = header_title(s.table_name, destination)
        self.setWindowTitle(window_title(title, s.job_id, kind == "production"))
        self.header.set_title(title)
        self.header.set_profile(kind, name)
        self.file_label.setText(file_field(s.table_name, s.table_label))
        self.destination_label.setText(destination_field(destination, name))
        rows = s.row_count if s.table is not None else None
        lines = count_lines(rows, _problem_count(s.validation), len(s.excluded_rows))
        self.sidebar.set_summary(lines)
        self.counts_label.setText(" · ".join(lines))
        self.focus.settle()

    def _profile_kind(self) -> tuple[str, str]:
        profile = self.session.profile
        if profile is None:
            return "sandbox", translate("MainWindow", "Sandbox")
        return self.session.profile_kind, profile_label(profile)

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._journal_checked:
            self.fit_to_screen()  # now the real frame (title bar) size is known
            self._journal_checked = True
            # After the first paint: opening the journal may mean setting a damaged one aside.
            QTimer.singleShot(0, self, self.announce_journal_note)
            QTimer.singleShot(0, self, self.focus_step)

    def announce_journal_note(self) -> None:
        """Once, when the journal is first opened: say in the status bar (and on the Upload
        step) that a damaged upload history was set aside."""
        if self._closing_done:
            return
        try:
            journal = self.session.journal
        except Exception:  # noqa: BLE001 - an unreadable journal must not stop the app opening
            return
        note = journal.recovery_note if journal is not None else None
        if not note:
            return
        self.session.say(note)
        if self.upload_page is not None:
            self.upload_page.show_journal_note()

    # -- closing -------------------------------------------------------------------------------

    def _close_if_shown(self) -> None:
        # The Upload step paused in order after "pause and close?": now the window may go.
        if self.isVisible():
            self.close()

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULTS.window_width, DEFAULTS.window_height)
        self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Keep the whole window — the Next button included — on the screen's available area.

        The default size (or one saved on a bigger screen) can exceed a small or scaled screen:
        1920×1080 at 200 % is 960×540 logical pixels, less any panel.
        """
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        avail = screen.availableGeometry()
        frame, inner = self.frameGeometry(), self.geometry()
        extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
        if not self.isVisible() or (extra_w <= 0 and extra_h <= 0):
            extra_w, extra_h = FRAME_ALLOWANCE
        max_w = max(320, avail.width() - extra_w)
        max_h = max(240, avail.height() - extra_h)
        self.setMinimumSize(min(MIN_WIDTH, max_w), min(MIN_HEIGHT, max_h))
        width, height = min(self.width(), max_w), min(self.height(), max_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        # Then move it so no edge is off screen.
        x = min(max(self.x(), avail.left()), avail.left() + avail.width() - width - extra_w)
        y = min(max(self.y(), avail.top()), avail.top() + avail.height() - height - extra_h)
        if (x, y) != (self.x(), self.y()):
            self.move(max(avail.left(), x), max(avail.top(), y))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._closing_done:
            for page in self.pages:
                if not page.can_close():
                    event.ignore()
                    return
            self.settings.set_geometry(self.saveGeometry())
            self.settings.sync()
            for page in self.pages:
                page.shutdown()
            self._closing_done = True
        event.accept()


def _scrolling(page: QWidget) -> QScrollArea:
    """The page in a scroll area: on a short window (200 % scaling on 1920×1080) it scrolls
    instead of drawing its parts over each other; when it fits, nothing changes."""
    area = QScrollArea()
    area.setObjectName("stepScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's controls, not here
    area.setWidget(page)
    return area


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


def _problem_count(validation: ValidationResult | None) -> int | None:
    """Rows with problems (None before validation)."""
    return None if validation is None else validation.invalid_count


def _page_of(pages: list[StepPage], kind: type[P]) -> P | None:
    """The window's page of that kind, if it has one."""
    return next((p for p in pages if isinstance(p, kind)), None)
