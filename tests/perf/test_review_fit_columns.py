"""The Review step sizes its columns from a sample of rows, measured without Qt's role walk."""

from __future__ import annotations

import numpy as np
import pandas as pd
from pytestqt.qtbot import QtBot

from app.core.fields import get_schema
from app.core.mapping import suggest_mapping
from app.core.table import SourceInfo, Table
from app.core.validate import validate
from app.ui.pages.review_page import ReviewPage
from app.ui.session import Session
from app.ui.widgets.data_table import WIDEST_COLUMN
from app.ui.widgets.review_table import FIT_SAMPLE_ROWS


def _table(rows: int) -> Table:
    df = pd.DataFrame(
        {
            "id": [f"{i}" for i in range(rows)],
            "A rather long column heading": ["x"] * rows,
            "note": ["short"] * (rows - 1) + ["a very long note " * 30],  # only in the last row
            "essay": ["word " * 200] * rows,
        },
        dtype="str",
    )
    info = SourceInfo("t.csv", "csv", "utf-8", ",", None, (), 1)
    return Table(df, np.arange(2, rows + 2), info, [])


def test_columns_fit_header_and_sampled_text(qtbot: QtBot) -> None:
    session = Session(destination_id="vibefollow-users")
    page = ReviewPage(session)
    qtbot.addWidget(page)
    session.set_table(_table(FIT_SAMPLE_ROWS + 500))
    header = page.table_view.horizontalHeader()
    widths = [header.sectionSize(col) for col in range(4)]
    metrics = page.table_view.fontMetrics()
    # Short values: the header text decides; never narrower than the text itself.
    assert widths[0] >= metrics.horizontalAdvance("id") and widths[0] < 100
    assert widths[1] > metrics.horizontalAdvance("A rather long column heading")
    # The long note sits past the sample: the column stays sized to "short" and its header.
    assert widths[2] < 100
    # Long text stops at the widest a column may start.
    assert widths[3] == WIDEST_COLUMN


def test_an_edit_in_a_big_file_is_rechecked_on_the_spot(qtbot: QtBot) -> None:
    """validate_rows is incremental, so 150k rows (once the worker's job) are re-checked at once."""
    rows = 150_000
    df = pd.DataFrame(
        {
            "Customer ID": [f"C{i:07d}" for i in range(rows)],
            "Email": [f"user{i}@example.com" for i in range(rows)],
        },
        dtype="str",
    )
    table = Table(
        df, np.arange(2, rows + 2), SourceInfo("u.csv", "csv", "utf-8", ",", None, (), 1), []
    )
    session = Session(destination_id="vibefollow-users")
    page = ReviewPage(session)
    qtbot.addWidget(page)
    session.set_table(table)
    mapping = suggest_mapping(table, get_schema("vibefollow-users")).mapping
    session.set_mapping(mapping)
    session.set_validation(validate(table, mapping))
    assert session.validation.invalid_count == 0
    assert page.model.setData(page.model.index(7, 1), "not an email")
    # No worker, no waiting: the session already holds the re-checked result.
    assert page.revalidate_task is None
    assert session.validation.invalid_rows == [9]
