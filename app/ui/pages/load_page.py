"""① Load: pick a file (drop, Browse…, recent, sample), read it in the background, show facts."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core import sources
from app.core.paged_table import PagedTable, open_paged, should_page
from app.core.report import restore_report_cells
from app.core.sheet_sizes import fuller_sheet, sheet_row_counts
from app.core.table import Table
from app.ui.accessibility import named, named_table
from app.ui.assets import icon, sample_files
from app.ui.load_notes import note_words, said_progress
from app.ui.load_words import (
    delimiter_choice,
    delimiter_name,
    format_name,
    formats_line,
    preview_caption,
    rows_words,
    sheet_label,
    size_words,
)
from app.ui.models.dataframe_model import DataFrameModel
from app.ui.pages.base import StepPage
from app.ui.session import Session
from app.ui.settings import DEFAULTS, UiSettings
from app.ui.texts import translate
from app.ui.theme import fit_page_margins
from app.ui.widgets.data_table import DataTableView
from app.ui.widgets.drop_zone import DropZone
from app.ui.widgets.notice import Notice
from app.ui.widgets.page_scroll import KeepWrappedHeight
from app.ui.widgets.progress_panel import ProgressPanel
from app.ui.workers import CancelFlag, Task, TaskRunner

# cp1250: Central European Windows files (Polish, Czech, Hungarian …) read wrongly as cp1252.
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "cp1250", "latin-1", "utf-16", "mac_roman")


def _facts() -> tuple[tuple[str, str], ...]:
    """The file's facts: (key in fact_labels, label), laid out in two columns of three."""
    return (
        ("file", translate("LoadPage", "File")),
        ("format", translate("LoadPage", "Format")),
        ("size", translate("LoadPage", "Size")),
        ("encoding", translate("LoadPage", "Encoding")),
        ("delimiter", translate("LoadPage", "Delimiter")),
        ("sheet", translate("LoadPage", "Sheet")),
    )


class LoadPage(StepPage):
    """The first step. Loading runs in a worker; the rest of the window stays usable."""

    title = "Load"
    icon_name = "step-load"

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, settings: UiSettings | None = None
    ) -> None:
        super().__init__(session, parent)
        self.settings = settings if settings is not None else UiSettings()
        self.runner = TaskRunner(self)
        self.load_task: Task | None = None
        self._path: Path | None = None  # the file being shown or loaded
        self._shown_table: Table | None = None
        # Sheet visibility of the file last read ("hidden" sheets get a label in the picker).
        self._visibility: tuple[Path, dict[str, str]] | None = None
        # Rows per sheet, read when the sheet opened is (nearly) empty: the picker's hint.
        self._sheet_rows: tuple[Path, dict[str, int]] | None = None
        self._build()
        self._show_recent()
        session.table_changed.connect(self._table_changed)

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(14)
        heading = QLabel(translate("LoadPage", "Load a spreadsheet"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        self.notice = Notice()
        self.progress = ProgressPanel()
        self.progress.cancel_requested.connect(self.cancel_load)
        self.views = QStackedWidget()
        layout.addWidget(self.views, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.notice)
        self.views.addWidget(self._build_empty_state())
        self.views.addWidget(self._build_loaded_state())

    def _build_empty_state(self) -> QWidget:
        """Nothing loaded yet: the drop zone and the recent files."""
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.setSpacing(14)
        self.drop_zone = DropZone(formats_line(), sample_files(sources.SUPPORTED_EXTENSIONS))
        self.drop_zone.browse_requested.connect(self.browse)
        self.drop_zone.file_dropped.connect(self.load_path)
        self.drop_zone.sample_requested.connect(self.load_path)
        empty_layout.addWidget(self.drop_zone, 3)
        self.recent_label = QLabel(translate("LoadPage", "Recent files"))
        self.recent_label.setObjectName("sectionLabel")
        self.recent_list = named_table(QListWidget(), translate("LoadPage", "Recent files"))
        self.recent_list.setObjectName("recentList")
        self.recent_list.itemActivated.connect(self._recent_activated)
        self.recent_list.itemClicked.connect(self._recent_activated)
        empty_layout.addWidget(self.recent_label)
        empty_layout.addWidget(self.recent_list, 2)
        return empty

    def _build_loaded_state(self) -> QWidget:
        """A file is loaded: its facts and the reading options, then the preview."""
        loaded = QWidget()
        loaded_layout = QVBoxLayout(loaded)
        loaded_layout.setContentsMargins(0, 0, 0, 0)
        loaded_layout.setSpacing(12)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self._build_facts_card(), 3)
        top.addWidget(self._build_options_card(), 2)
        loaded_layout.addLayout(top)
        # "This sheet has no data rows. 'Users Q2' holds 501 rows": full width, so it wraps
        # on a narrow window instead of being cut inside the options card.
        self.sheet_hint = QLabel("")
        self.sheet_hint.setObjectName("sheetHint")
        self.sheet_hint.setWordWrap(True)
        self.sheet_hint.hide()
        loaded_layout.addWidget(self.sheet_hint)
        loaded_layout.addLayout(self._build_preview_caption())
        self.preview_model = DataFrameModel(parent=self)
        self.preview = named_table(DataTableView(), translate("LoadPage", "First rows of the file"))
        self.preview.setObjectName("previewTable")
        self.preview.setModel(self.preview_model)
        loaded_layout.addWidget(self.preview, 1)
        return loaded

    def _build_facts_card(self) -> QFrame:
        facts_card = QFrame()
        facts_card.setObjectName("card")
        facts = QGridLayout(facts_card)
        facts.setContentsMargins(16, 12, 16, 12)
        facts.setHorizontalSpacing(16)
        facts.setVerticalSpacing(4)
        self.fact_labels: dict[str, QLabel] = {}
        for i, (key, label) in enumerate(_facts()):
            name = QLabel(label)
            name.setObjectName("factName")
            value = QLabel("")
            value.setObjectName("factValue")
            # Wrapped, never cut: at 200 % scaling the card is narrow.
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addWidget(name, i % 3, (i // 3) * 2)
            facts.addWidget(value, i % 3, (i // 3) * 2 + 1)
            self.fact_labels[key] = value
            self.fact_labels[f"{key}:name"] = name
        facts.setColumnStretch(1, 2)  # file name and format are the long ones
        facts.setColumnStretch(3, 1)
        self._facts_height = KeepWrappedHeight(facts_card)
        return facts_card

    def _build_options_card(self) -> QFrame:
        options_card = QFrame()
        options_card.setObjectName("card")
        options = QFormLayout(options_card)
        options.setContentsMargins(16, 12, 16, 12)
        options.setVerticalSpacing(6)
        self.sheet_combo = named(QComboBox(), translate("LoadPage", "Sheet"))
        self.sheet_combo.setToolTip(translate("LoadPage", "Which sheet of the workbook to read"))
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 10_000)
        named(self.header_spin, translate("LoadPage", "Header row"))
        self.header_spin.setToolTip(
            translate("LoadPage", "The spreadsheet row that holds the column names")
        )
        self.header_spin.setKeyboardTracking(False)
        self.header_spin.valueChanged.connect(self._options_changed)
        auto = translate("LoadPage", "Detect automatically")
        self.encoding_combo = named(QComboBox(), translate("LoadPage", "Encoding"))
        self.encoding_combo.addItem(auto, None)
        for enc in ENCODINGS:
            self.encoding_combo.addItem(enc, enc)
        self.encoding_combo.setToolTip(
            translate("LoadPage", "Change this if letters like é or ü look wrong")
        )
        self.encoding_combo.currentIndexChanged.connect(self._options_changed)
        self.delimiter_combo = named(QComboBox(), translate("LoadPage", "Delimiter"))
        self.delimiter_combo.addItem(auto, None)
        for delim in sources.DELIMITERS:
            self.delimiter_combo.addItem(delimiter_choice(delim), delim)
        self.delimiter_combo.setToolTip(
            translate("LoadPage", "What separates the columns in a text file")
        )
        self.delimiter_combo.currentIndexChanged.connect(self._options_changed)
        options.addRow(translate("LoadPage", "&Sheet"), self.sheet_combo)
        options.addRow(translate("LoadPage", "&Header row"), self.header_spin)
        options.addRow(translate("LoadPage", "&Encoding"), self.encoding_combo)
        options.addRow(translate("LoadPage", "&Delimiter"), self.delimiter_combo)
        self.options_form = options
        return options_card

    def _build_preview_caption(self) -> QHBoxLayout:
        # The other-file buttons share the preview's caption row: the cards above keep the
        # width for the file's facts (which must never be cut off on a narrow window).
        caption = QHBoxLayout()
        self.preview_label = QLabel("")
        self.preview_label.setObjectName("sectionLabel")
        caption.addWidget(self.preview_label, 1)
        self.open_other = QPushButton(icon("open"), translate("LoadPage", "Open another file…"))
        self.open_other.clicked.connect(self.browse)
        self.recent_button = QPushButton(translate("LoadPage", "Recent files"))
        self.recent_menu = QMenu(self.recent_button)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.recent_button.setMenu(self.recent_menu)
        caption.addWidget(self.open_other)
        caption.addWidget(self.recent_button)
        return caption

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        fit_page_margins(self)  # short windows (200 % scaling): tighter margins

    # -- StepPage ------------------------------------------------------------------------------

    def primary_text(self) -> str:
        return "Next: Map ▶"

    def primary_enabled(self) -> bool:
        return self.session.table is not None and not self.is_loading

    def primary_hint(self) -> str:
        if self.is_loading:
            return translate("LoadPage", "Loading… the next step opens when the file is read.")
        return translate("LoadPage", "Load a file to continue: drop it here, or press Ctrl+O.")

    def is_complete(self) -> bool:
        return self.session.table is not None

    def can_close(self) -> bool:
        return True  # loading is safe to abandon

    def shutdown(self) -> None:
        self.runner.shutdown()

    def focus_widget(self) -> QWidget | None:
        # Nothing loaded: the file name field; loaded: the window's Next.
        return self.drop_zone.path_edit if self.session.table is None else None

    def on_enter(self) -> None:
        if self.session.table is None:
            self._show_recent()

    # -- loading -------------------------------------------------------------------------------

    @property
    def is_loading(self) -> bool:
        return self.load_task is not None and self.load_task.is_running

    def browse(self) -> None:
        """Ask for a file with the Open dialog (all supported formats)."""
        start = self.settings.last_dir() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, translate("LoadPage", "Open a spreadsheet"), start, sources.file_filter()
        )
        if path:
            self.load_path(Path(path))

    def load_path(
        self,
        path: Path,
        *,
        sheet: str | None = None,
        header_row: int | None = None,
        encoding: str | None = None,
        delimiter: str | None = None,
    ) -> Task | None:
        """Read `path` in the background; an option left None is detected from the file."""
        path = Path(path)
        if path.is_dir():
            self.notice.show_message(
                "error",
                translate("LoadPage", "“{file}” is a folder, not a file.").format(file=path.name),
                translate("LoadPage", "Open the folder and choose the spreadsheet inside it."),
            )
            return None
        if not path.is_file():
            self.notice.show_message(
                "error",
                translate("LoadPage", "“{file}” could not be found.").format(file=path.name),
                translate("LoadPage", "It may have been moved, renamed or deleted."),
            )
            return None
        self._path = path
        self.notice.clear()
        visibility: dict[str, str] = {}
        sheet_rows: dict[str, int] = {}

        def work(said: sources.Progress, cancel: CancelFlag) -> Table | PagedTable:
            progress = said_progress(said)  # the core's words translated before they travel
            if should_page(path):  # a big CSV/TSV stays on disk, read a slice at a time
                options = sources.LoadOptions(
                    header_row=header_row, encoding=encoding, delimiter=delimiter
                )
                return open_paged(path, options, progress=progress, cancel=cancel)
            table = sources.load_table(
                path, sheet=sheet, header_row=header_row, encoding=encoding,
                delimiter=delimiter, progress=progress, cancel=cancel,
            )  # fmt: skip
            if table.info.format in sources.WORKBOOK_FORMATS:
                visibility.update(_sheet_visibility(path))
                if len(table) == 0 and len(table.info.sheets) > 1:
                    sheet_rows.update(sheet_row_counts(path, table.info.sheets))
            return restore_report_cells(table)  # a rejection report: cells as first read

        task = self.runner.start("load", work)
        self.load_task = task
        task.progress.connect(self._on_progress)
        task.finished.connect(partial(self._on_loaded, task, visibility, sheet_rows))
        task.failed.connect(partial(self._on_failed, task))
        task.cancelled.connect(partial(self._on_cancelled, task))
        self.progress.start(translate("LoadPage", "Opening {file}…").format(file=path.name))
        self.session.say(translate("LoadPage", "Loading {file}…").format(file=path.name))
        self.state_changed.emit()
        return task

    def cancel_work(self) -> None:
        """Esc on this page: stop loading."""
        if self.is_loading:
            self.cancel_load()

    def cancel_load(self) -> None:
        if self.load_task is not None:
            self.progress.cancel_button.setEnabled(False)
            self.progress.label.setText(translate("LoadPage", "Cancelling…"))
            self.load_task.cancel()

    def _on_progress(self, done: int, total: int, words: str) -> None:
        self.progress.update_progress(done, total, words)

    def _on_loaded(
        self,
        task: Task,
        visibility: dict[str, str],
        sheet_rows: dict[str, int],
        loaded: Table | PagedTable,
    ) -> None:
        paged = loaded if isinstance(loaded, PagedTable) else None
        table = loaded.first if isinstance(loaded, PagedTable) else loaded
        if task is not self.load_task:
            if paged is not None:
                paged.close()
            return
        self.progress.finish()
        self._visibility = (table.info.path, visibility)
        self._sheet_rows = (table.info.path, sheet_rows)
        self.settings.add_recent_file(table.info.path)
        self.settings.set_last_dir(table.info.path.resolve().parent)
        self.session.set_table(table, paged=paged)  # _table_changed shows it
        self.session.say(
            translate("LoadPage", "Loaded {file}: {size}").format(
                file=table.info.path.name,
                size=size_words(self.session.row_count, len(table.headers)),
            )
        )
        self.state_changed.emit()

    def _on_failed(self, task: Task, message: str, hint: str) -> None:
        if task is not self.load_task:
            return
        self.progress.finish()
        if self._path is not None:
            name = self._path.name
            failed = translate("LoadPage", "{file} could not be loaded.").format(file=name)
            said = translate("LoadPage", "Could not load {file}").format(file=name)
        else:
            failed = translate("LoadPage", "The file could not be loaded.")
            said = translate("LoadPage", "Could not load the file")
        self.notice.show_message("error", message or failed, hint)
        self.session.say(said)
        self.state_changed.emit()

    def _on_cancelled(self, task: Task) -> None:
        if task is not self.load_task:
            return
        self.progress.finish()
        self.notice.show_message(
            "info",
            translate("LoadPage", "Loading was cancelled."),
            translate("LoadPage", "The previous file is still loaded.")
            if self.session.table
            else "",
        )
        self.session.say(translate("LoadPage", "Loading cancelled"))
        self.state_changed.emit()

    # -- showing -------------------------------------------------------------------------------

    def _table_changed(self) -> None:
        # Another step may set the table (Report's "Fix and re-import"): show what is loaded.
        table = self.session.table
        if table is None:
            self._shown_table = None
            self._show_recent()
        elif table is not self._shown_table:
            self._path = table.info.path
            self._show_table(table)

    def _show_recent(self) -> None:
        self.recent_list.clear()
        recent = self.settings.recent_files()
        for path in recent:
            item = QListWidgetItem(icon("file"), f"{path.name}   —   {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        self.recent_label.setVisible(bool(recent))
        self.recent_list.setVisible(bool(recent))
        self.views.setCurrentIndex(0 if self.session.table is None else 1)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(icon("file"), path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.load_path(p))
        if not recent:
            self.recent_menu.addAction(translate("LoadPage", "No recent files")).setEnabled(False)

    def _recent_activated(self, item: QListWidgetItem) -> None:
        if not self.is_loading:
            self.load_path(Path(item.data(Qt.ItemDataRole.UserRole)))

    def _show_table(self, table: Table) -> None:
        self._shown_table = table
        info = table.info
        is_text = info.format in sources.TEXT_FORMATS
        is_book = info.format in sources.WORKBOOK_FORMATS
        f = self.fact_labels
        f["file"].setText(self.session.table_name or info.path.name)
        f["file"].setToolTip(str(info.path))
        f["format"].setText(format_name(info.format))
        total = self.session.row_count if table is self.session.table else len(table)
        f["size"].setText(size_words(total, len(table.headers)))
        f["encoding"].setText(info.encoding or "—")
        delimiter = info.delimiter or ""
        f["delimiter"].setText(delimiter_name(delimiter) or "—")
        known = self._visibility
        visibility = known[1] if known is not None and known[0] == info.path else {}
        f["sheet"].setText(sheet_label(info.sheet, visibility) if info.sheet else "—")
        for key, visible in (("encoding", is_text), ("delimiter", is_text), ("sheet", is_book)):
            f[key].setVisible(visible)
            f[f"{key}:name"].setVisible(visible)

        # Filling the options from the loaded file is no request to read it again.
        blockers = [
            QSignalBlocker(w)
            for w in (self.sheet_combo, self.header_spin, self.encoding_combo, self.delimiter_combo)
        ]
        try:
            self.sheet_combo.clear()
            sizes = self._sheet_rows
            rows = sizes[1] if sizes is not None and sizes[0] == info.path else {}
            for name in info.sheets:
                # The label says why a sheet is not on screen in Excel; the data stays the name.
                label = sheet_label(name, visibility)
                if name in rows:
                    label = translate("LoadPage", "{sheet} — {rows}").format(
                        sheet=label, rows=rows_words(rows[name] - 1)
                    )
                self.sheet_combo.addItem(label, name)
            if info.sheet:
                self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(info.sheet), 0))
            self.header_spin.setValue(max(1, info.header_row))
            _select_data(self.encoding_combo, info.encoding if self._forced("encoding") else None)
            _select_data(
                self.delimiter_combo, info.delimiter if self._forced("delimiter") else None
            )
        finally:
            for blocker in blockers:
                blocker.unblock()
        self.options_form.setRowVisible(self.sheet_combo, is_book and len(info.sheets) > 0)
        fuller = fuller_sheet(rows, info.sheet, len(table)) if is_book else None
        if fuller is not None:
            self.sheet_hint.setText(
                translate(
                    "LoadPage",
                    "⚠ This sheet has {rows}. '{sheet}' holds {other}: choose it in the Sheet list.",
                ).format(rows=rows_words(len(table)), sheet=fuller[0], other=rows_words(fuller[1]))
            )
        self.sheet_hint.setVisible(fuller is not None)
        self.options_form.setRowVisible(self.header_spin, info.format not in ("json", "ndjson"))
        self.options_form.setRowVisible(self.encoding_combo, is_text)
        self.options_form.setRowVisible(self.delimiter_combo, is_text)

        head = table.df.head(DEFAULTS.preview_rows)
        self.preview_model.set_frame(head, table.row_numbers[: len(head)])
        self.preview.fit_columns()
        self.preview_label.setText(preview_caption(len(head), total))
        if table.warnings:
            notes = [note_words(note) for note in table.warnings[:3]]
            self.notice.show_message("warning", notes[0], " ".join(notes[1:]))
        else:
            self.notice.clear()
        self.views.setCurrentIndex(1)

    def _forced(self, option: str) -> bool:
        # The combo keeps "Detect automatically" unless the operator picked a value.
        combo = self.encoding_combo if option == "encoding" else self.delimiter_combo
        return combo.currentData() is not None

    def _sheet_changed(self) -> None:
        # Another sheet has its own header row: let the loader find it again.
        self._options_changed(keep_header=False)

    def _options_changed(self, *_: object, keep_header: bool = True) -> None:
        """Read the file again with the operator's sheet/header/encoding/delimiter choice."""
        if self._path is None:
            return
        table = self.session.table
        book = table is not None and table.info.format in sources.WORKBOOK_FORMATS
        self.load_path(
            self._path,
            sheet=(self.sheet_combo.currentData() or None) if book else None,
            header_row=self.header_spin.value() if keep_header else None,
            encoding=self.encoding_combo.currentData(),
            delimiter=self.delimiter_combo.currentData(),
        )


def _sheet_visibility(path: Path) -> dict[str, str]:
    """Which sheets Excel hides; {} when that cannot be read (the sheets still load)."""
    try:
        return sources.sheet_visibility(path)
    except Exception:  # noqa: BLE001 - only a label depends on it, never the load itself
        return {}


def _select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
