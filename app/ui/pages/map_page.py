"""② Map: which column feeds each destination field, how values are cleaned, and the rest.

Auto-suggest (and a matching saved template) fill the choices; the operator adjusts them.
Every change produces a new `Mapping` in the session; the page holds no mapping rules itself,
and which template fits a file is decided in app/core/template_choice.py (as for the CLI).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSignalBlocker
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.core import mapping as core_mapping
from app.core.fields import SCHEMAS, DestinationSchema
from app.core.mapping import Mapping, TemplateApplication
from app.core.suggestion_plan import SuggestionPlan, plan_suggestion
from app.core.template_choice import TemplateChoice, choice_for, templates_dir
from app.ui.accessibility import buddy_label, named
from app.ui.destination_names import destination_label
from app.ui.pages.base import StepPage
from app.ui.pages.map_notices import doubt_words, kind_words, missing_words
from app.ui.session import Session
from app.ui.texts import translate
from app.ui.theme import fit_page_margins
from app.ui.widgets.extras_card import ExtrasCard
from app.ui.widgets.extras_dialog import ExtrasDialog
from app.ui.widgets.field_row import ORDER_WORDS, FieldRow, _select_data
from app.ui.widgets.notice import Notice
from app.ui.widgets.page_scroll import PageScroll
from app.ui.widgets.template_bar import TemplateBar
from app.ui.widgets.then_event_card import ThenEventCard
from app.ui.widgets.value_maps_card import ValueMapsCard
from app.ui.words.map_words import said, word
from app.ui.workers import Task, TaskRunner


class MapPage(StepPage):
    """The second step: destination, one row per target field, other columns, templates."""

    title = "Map"
    icon_name = "step-map"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.runner = TaskRunner(self)
        self.suggest_task: Task | None = None
        self.rows: dict[str, FieldRow] = {}
        self._rows_for: str | None = None  # the destination the rows were built for
        self.chosen_by: dict[str, str] = {}  # field -> "yours" | "template" | suggestion word
        # The mapping this page last handed to the session: its own changes are shown by
        # _set_mapping, so the session's signal only syncs for changes made elsewhere.
        self._own_mapping: Mapping | None = None
        # A new file's destination follows what the file lists (users or events) until the
        # operator picks one; then their choice stands.
        self._infer_destination = True
        self.choice: TemplateChoice | None = None  # the template in use, with its drift
        self.proposals_pending = False  # renamed columns proposed, not yet accepted or declined
        self._build()
        session.table_changed.connect(self._table_changed)
        session.mapping_changed.connect(self._mapping_changed_elsewhere)

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(12)
        self.heading = QLabel(
            translate("MapPage", "Match your columns to the destination's fields")
        )
        self.heading.setObjectName("pageHeading")
        layout.addWidget(self.heading)
        layout.addLayout(self._build_destination_row())

        self.template_bar = self._build_template_bar()
        self.kind_notice = Notice()  # "this file lists people, so it goes to … users"
        self.status_notice = Notice()
        self.guess_notice = Notice()  # "Backfill is not sure about …": separate from errors
        self.fields_card = QFrame()
        self.fields_card.setObjectName("card")
        self.grid = QGridLayout(self.fields_card)
        self.grid.setContentsMargins(16, 12, 16, 12)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(8)
        self.value_card = ValueMapsCard(self.runner)  # columns with few values: value maps
        self.value_card.mapping_edited.connect(self._set_mapping)

        # Everything below the destination scrolls as one page, so a short window (200 %
        # scaling) scrolls the page instead of squeezing the fields into a two-row box.
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.setSpacing(12)
        for widget in (
            self.template_bar,
            self.kind_notice,
            self.status_notice,
            self.guess_notice,
            self.fields_card,
            self._build_extras_card(),
            self.value_card,
            ThenEventCard(self.session),  # users: also an event each (Session.then_event)
        ):
            holder_layout.addWidget(widget)
        holder_layout.addStretch(1)
        self.page_scroll = PageScroll(holder)
        layout.addWidget(self.page_scroll, 1)

    def _build_destination_row(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.destination_combo = named(
            QComboBox(),
            translate("MapPage", "Send to"),
            translate("MapPage", "The destination the rows go to"),
        )
        top.addWidget(buddy_label(translate("MapPage", "Sen&d to"), self.destination_combo))
        for dest_id in SCHEMAS:
            self.destination_combo.addItem(destination_label(dest_id), dest_id)
        self.destination_combo.currentIndexChanged.connect(self._destination_picked)
        top.addWidget(self.destination_combo)
        self.needs_label = QLabel("")
        self.needs_label.setObjectName("pageSubheading")
        top.addWidget(self.needs_label, 1)
        return top

    def _build_template_bar(self) -> TemplateBar:
        bar = TemplateBar()
        bar.undo_template.clicked.connect(self._use_suggestions)
        bar.save_template_button.clicked.connect(lambda: self.save_template())
        bar.load_template_button.clicked.connect(self.load_template_dialog)
        bar.accept_proposals_button.clicked.connect(self.accept_proposals)
        bar.decline_proposals_button.clicked.connect(self.decline_proposals)
        # The bar's parts tests and the window look at, under the names they always had.
        self.template_label = bar.template_label
        self.undo_template = bar.undo_template
        self.save_template_button = bar.save_template_button
        self.load_template_button = bar.load_template_button
        self.accept_proposals_button = bar.accept_proposals_button
        self.decline_proposals_button = bar.decline_proposals_button
        self.drift_notice = bar.drift_notice
        self.drift_actions = bar.drift_actions
        return bar

    def _build_extras_card(self) -> QFrame:
        card = self.extras_card = ExtrasCard()
        card.policy_changed.connect(self._policy_changed)
        card.button.clicked.connect(self.choose_extras)
        # The card's parts tests look at, under the names they always had.
        self.extras_title, self.extras_label = card.title, card.label
        self.extras_policy, self.extras_button = card.policy, card.button
        self.ignored_title, self.ignored_label = card.ignored_title, card.ignored_label
        return card

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        fit_page_margins(self)  # short windows (200 % scaling): tighter margins

    # -- StepPage ------------------------------------------------------------------------------

    def primary_text(self) -> str:
        return "Next: Review ▶"  # English: the shell translates it and adds the mnemonic

    def primary_enabled(self) -> bool:
        mapping = self.session.mapping
        return (
            self.session.table is not None
            and mapping is not None
            and not mapping.missing_required()
            and not self.is_busy
            and not self.proposals_pending
        )

    def primary_hint(self) -> str:
        mapping = self.session.mapping
        if self.session.table is None:
            return translate("MapPage", "Load a file first.")
        if self.is_busy or mapping is None:
            return translate("MapPage", "Matching your columns…")
        missing = mapping.missing_required()
        if missing:
            return missing_words(missing)
        if self.proposals_pending:
            return translate(
                "MapPage",
                "Some template columns seem renamed: use the proposed columns or keep as it is.",
            )
        return ""

    def is_complete(self) -> bool:
        mapping = self.session.mapping
        return mapping is not None and not mapping.missing_required()

    def can_enter(self) -> bool:
        return self.session.table is not None

    def on_enter(self) -> None:
        table = self.session.table
        if table is None:
            return
        # A new file clears the mapping (Session.set_table); one set since then — by a template,
        # "Fix and re-import" or this page — is kept.
        mapping = self.session.mapping
        if mapping is None or mapping.destination != self.session.destination_id:
            self.start_suggestion()
        else:
            self._sync_from_mapping()

    def shutdown(self) -> None:
        self.runner.shutdown()

    @property
    def is_busy(self) -> bool:
        return self.suggest_task is not None and self.suggest_task.is_running

    # -- suggestion ----------------------------------------------------------------------------

    def _table_changed(self) -> None:
        self._infer_destination = True
        self._set_choice(None)
        self.kind_notice.clear()
        self.chosen_by = {}  # confidence words belonged to the previous file's suggestion
        if self.isVisible() and self.session.table is not None:
            self.start_suggestion()

    def _mapping_changed_elsewhere(self) -> None:
        # e.g. a one-click fix on Review changed transforms; a hidden page syncs on_enter.
        mapping = self.session.mapping
        elsewhere = mapping is not None and mapping is not self._own_mapping
        if elsewhere and self.isVisible() and self.rows:
            self._sync_from_mapping()

    def start_suggestion(self) -> Task | None:
        """Auto-suggest a mapping for the loaded table (in the background)."""
        table = self.session.table
        if table is None:
            return None
        destination = self.session.destination_id
        folder = templates_dir()
        infer = self._infer_destination
        task = self.runner.start(
            "suggest",
            lambda _progress, _cancel: plan_suggestion(
                table, destination, folder, infer_destination=infer
            ),
        )
        self.suggest_task = task
        task.finished.connect(partial(self._suggested, task))
        task.failed.connect(partial(self._suggest_failed, task))
        self.status_notice.show_message(
            "info", translate("MapPage", "Matching your columns to the fields…")
        )
        self.state_changed.emit()
        return task

    def _suggested(self, task: Task, plan: SuggestionPlan) -> None:
        if task is not self.suggest_task:
            return
        suggestion = plan.suggestion
        self.status_notice.clear()
        self._infer_destination = False  # decided for this file; the operator may change it
        if plan.destination != self.session.destination_id:
            self.session.set_destination(plan.destination)
        self._show_kind(plan)
        self.session.set_suggestion(suggestion)
        self.chosen_by = {name: fs.word for name, fs in suggestion.fields.items()}
        if plan.choice is not None:
            self._apply_choice(plan.choice, automatic=True)
        else:
            self.session.template_name = None
            self._set_choice(None)
            self._set_mapping(suggestion.mapping)
            self._show_template_bar(None)
        self.state_changed.emit()

    def _show_kind(self, plan: SuggestionPlan) -> None:
        """Say why the file goes where it goes when its kind moved it from the last destination."""
        words = kind_words(plan)
        if words is None:
            self.kind_notice.clear()
        else:
            self.kind_notice.show_message("info", *words)

    def _suggest_failed(self, task: Task, message: str, hint: str) -> None:
        if task is not self.suggest_task:
            return
        self.status_notice.show_message(
            "error",
            translate("MapPage", "Columns could not be matched: {reason}").format(reason=message),
            hint,
        )
        if self.session.mapping is None:
            self._set_mapping(Mapping(destination=self.session.destination_id))
        self.state_changed.emit()

    def _destination_picked(self) -> None:
        dest = self.destination_combo.currentData()
        if dest and dest != self.session.destination_id:
            self._infer_destination = False  # the operator's choice stands
            self.kind_notice.clear()
            self.session.set_destination(dest)
            self.session.set_mapping(None)
            self.start_suggestion()

    # -- mapping <-> widgets -------------------------------------------------------------------

    def _set_mapping(self, mapping: Mapping) -> None:
        self._own_mapping = mapping
        self.session.set_mapping(mapping)
        self._sync_from_mapping()

    def _build_rows(self, schema: DestinationSchema) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for old in self.rows.values():
            old.deleteLater()
        self.rows = {}
        headers = [
            translate("MapPage", "Field"),
            translate("MapPage", "Column in your file"),
            translate("MapPage", "Sample values"),
            translate("MapPage", "Confidence"),
        ]
        for col, text in enumerate(headers):
            header = QLabel(text)
            header.setObjectName("sectionLabel")
            self.grid.addWidget(header, 0, col)
        grid_row = 1
        for spec in schema.fields:
            row = FieldRow(spec, self.fields_card)
            self.rows[spec.name] = row
            grid_row = row.add_to(self.grid, grid_row)
            row.edited.connect(self._field_edited)
            row.date_order_requested.connect(self._switch_date_order)
        self.grid.setColumnStretch(2, 1)
        self._rows_for = schema.id

    def _sync_from_mapping(self) -> None:
        """Fill every widget from the session's mapping."""
        table = self.session.table
        mapping: Mapping | None = self.session.mapping
        if table is None or mapping is None:
            return
        schema = mapping.schema
        with QSignalBlocker(self.destination_combo):
            _select_data(self.destination_combo, schema.id)
        self.heading.setText(
            translate("MapPage", "Match your columns to {destination}").format(
                destination=destination_label(schema.id)
            )
        )
        required = ", ".join(word(s.label) for s in schema.required_fields)
        optional = ", ".join(word(s.label) for s in schema.fields if not s.required)
        needs = (
            translate("MapPage", "Needs {required}; optional: {optional}")
            if optional
            else translate("MapPage", "Needs {required}")
        )
        self.needs_label.setText(needs.format(required=required, optional=optional))
        built = self._rows_for != schema.id or not self.rows
        if built:
            self._build_rows(schema)
        suggestion = self.session.suggestion
        for name, row in self.rows.items():
            hint = suggestion.fields.get(name) if suggestion is not None else None
            chosen = self.chosen_by.get(name, "yours")
            source = mapping.source(name)
            entries = mapping.value_maps.get(source.column or "", {})
            row.show_source(source, table, chosen, said(hint.why) if hint else "", entries)
            if built:
                row.show_now()
        self.extras_card.show_mapping(mapping, table)
        self.value_card.show_mapping(mapping, table)
        self._show_doubts(mapping)
        self.state_changed.emit()

    def _show_doubts(self, mapping: Mapping) -> None:
        """Point at required fields filled by a mere guess (or not at all)."""
        unsure = [
            spec
            for spec in mapping.schema.required_fields
            if mapping.source(spec.name).kind == "column"
            and self.chosen_by.get(spec.name) in ("guess", "none")
        ]
        if not unsure:
            self.guess_notice.clear()
            return
        self.guess_notice.show_message("warning", *doubt_words(mapping.schema, unsure))

    def _field_edited(self, field_name: str) -> None:
        mapping: Mapping | None = self.session.mapping
        row = self.rows.get(field_name)
        if mapping is None or row is None:
            return
        old = mapping.source(field_name)
        source = row.edited_source(old)
        # A different column keeps the cleaning the field had; suggestion reasons no longer
        # apply. A fixed value is always the operator's.
        if source.kind == "constant" or (source.kind == "column" and source.column != old.column):
            self.chosen_by[field_name] = "yours"
        self._set_mapping(mapping.with_field(field_name, source))

    def _switch_date_order(self, field_name: str, order: str) -> None:
        mapping: Mapping | None = self.session.mapping
        if mapping is None or order not in ORDER_WORDS:
            return
        source = mapping.source(field_name)
        self._set_mapping(mapping.with_field(field_name, replace(source, date_order=order)))
        now_read = translate("MapPage", "Dates in '{column}' are now read {order}.")
        self.session.say(now_read.format(column=source.column, order=word(ORDER_WORDS[order])))

    def _policy_changed(self, policy: str) -> None:
        mapping: Mapping | None = self.session.mapping
        if mapping is None:
            return
        self._set_mapping(
            replace(mapping, extras_policy="ignore" if policy == "ignore" else "include")
        )

    def choose_extras(self) -> None:
        """Per-column choice of what goes into properties/traits."""
        mapping: Mapping | None = self.session.mapping
        table = self.session.table
        if mapping is None or table is None:
            return
        dialog = ExtrasDialog(mapping, table.headers, mapping.schema.extras_key, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._set_mapping(dialog.result_mapping())

    # -- templates -----------------------------------------------------------------------------

    def _apply_choice(self, choice: TemplateChoice, *, automatic: bool) -> None:
        """Use a template's mapping; say what drifted and offer the proposed renames."""
        template, application = choice.template, choice.application
        self.session.template_name = template.name
        for name in application.mapping.fields:
            self.chosen_by[name] = "template"
        self._set_choice(choice)
        self._set_mapping(application.mapping)
        self.session.set_then_event(application.then_event)
        self._show_template_bar(template.name, application, automatic=automatic)

    def _set_choice(self, choice: TemplateChoice | None) -> None:
        self.choice = choice
        self.proposals_pending = choice is not None and bool(choice.proposals)
        self.template_bar.show_drift(choice, asking=self.proposals_pending)

    def accept_proposals(self) -> None:
        """Take the proposed columns as the template's renamed ones."""
        choice, table = self.choice, self.session.table
        if choice is None or table is None or not choice.proposals:
            return
        accepted = choice.accept_proposals(table.headers)
        for name in accepted.application.mapping.fields:
            self.chosen_by[name] = "template"
        self._set_choice(accepted)
        self._set_mapping(accepted.application.mapping)
        self._show_template_bar(choice.template.name, accepted.application)
        self.session.say(
            translate("MapPage", "Template '{name}' now uses the proposed columns").format(
                name=choice.template.name
            )
        )
        self.state_changed.emit()

    def decline_proposals(self) -> None:
        """The proposed columns are new ones: keep the template as applied."""
        choice = self.choice
        if choice is None:
            return
        self._set_choice(replace(choice, proposals={}))
        self.state_changed.emit()

    def _show_template_bar(
        self,
        name: str | None,
        application: TemplateApplication | None = None,
        *,
        automatic: bool = False,
    ) -> None:
        can_undo = self.session.suggestion is not None
        self.template_bar.show_template(name, application, automatic=automatic, can_undo=can_undo)

    def _use_suggestions(self) -> None:
        suggestion = self.session.suggestion
        if suggestion is None:
            return
        self.session.template_name = None
        self._set_choice(None)
        self.chosen_by = {name: fs.word for name, fs in suggestion.fields.items()}
        self._set_mapping(suggestion.mapping)
        self._show_template_bar(None)
        self.state_changed.emit()

    def save_template(self, path: Path | None = None) -> Path | None:
        """Save the mapping as a template (asks where unless `path` is given)."""
        mapping: Mapping | None = self.session.mapping
        table = self.session.table
        if mapping is None or table is None:
            return None
        if path is None:
            default = templates_dir() / f"{table.info.path.stem}.json"
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                translate("MapPage", "Save mapping template"),
                str(default),
                translate("MapPage", "Mapping templates (*.json)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        # Without ".json" the file would never be listed or applied again.
        path = core_mapping.template_path(path)
        try:
            then = self.session.then_event
            template = core_mapping.save_template(mapping, table.headers, path, then_event=then)
        except OSError as exc:
            self.status_notice.show_message(
                "error",
                translate("MapPage", "The template could not be saved."),
                str(exc.strerror or exc),
            )
            return None
        self.session.template_name = template.name
        self._set_choice(None)
        saved = translate("MapPage", "Saved as template '{name}'.")
        self.template_label.setText(saved.format(name=template.name))
        self.session.say(translate("MapPage", "Template '{name}' saved").format(name=template.name))
        return path

    def load_template_dialog(self) -> None:
        """Ask for a saved template and apply it."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("MapPage", "Load mapping template"),
            str(templates_dir()),
            translate("MapPage", "Mapping templates (*.json)"),
        )
        if chosen:
            self.load_template(Path(chosen))

    def load_template(self, path: Path) -> bool:
        """Apply a saved template to the loaded file."""
        table = self.session.table
        if table is None:
            return False
        try:
            template = core_mapping.load_template(path)
        except ValueError as exc:
            self.status_notice.show_message(
                "error", str(exc), translate("MapPage", "Choose a template saved by Backfill.")
            )
            return False
        if template.mapping.destination != self.session.destination_id:
            self.session.set_destination(template.mapping.destination)
        self._infer_destination = False
        self.kind_notice.clear()
        choice = choice_for(template, table.headers)
        self.status_notice.clear()
        self._apply_choice(choice, automatic=False)
        self.state_changed.emit()
        return True
