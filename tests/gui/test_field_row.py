"""A Map row fills itself without reporting an edit, and reports the operator's edits."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget

from app.core import sources
from app.core.fields import get_schema
from app.core.mapping import FieldSource
from app.ui.widgets.field_row import FieldRow
from tests.gui.conftest import write_customers_csv


def test_filling_a_row_is_not_an_edit_but_the_operator_changing_it_is(qtbot, tmp_path):
    table = sources.load_table(write_customers_csv(tmp_path / "c.csv", rows=12))
    spec = next(s for s in get_schema("vibefollow-users").fields if s.name == "email")
    holder = QWidget()
    qtbot.addWidget(holder)
    row = FieldRow(spec, holder)
    assert row.add_to(QGridLayout(holder), 0) == 3
    edits: list[str] = []
    row.edited.connect(edits.append)
    source = FieldSource.from_column("Email", transforms=("trim",))
    row.show_source(source, table, "exact", "same name")
    assert edits == []
    assert row.combo.currentText() == "Email"
    assert row.transform_boxes["trim"].isChecked()
    assert row.confidence.text() == "●●● exact" and row.confidence.toolTip() == "same name"
    assert row.edited_source(source) == source
    row.transform_boxes["lowercase"].setChecked(True)
    assert edits == ["email"]
    assert row.edited_source(source).transforms == ("trim", "lowercase")
    row.combo.setCurrentIndex(0)  # "— not mapped —"
    assert edits == ["email", "email"]
    assert row.edited_source(source) == FieldSource()
