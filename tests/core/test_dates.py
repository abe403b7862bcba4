"""Date readings the operator is told about are true: fixes that fix, samples that show."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from app.core.mapping import FieldSource, Mapping, date_note
from app.core.table import SourceInfo, Table
from app.core.timestamps import parse_timestamps
from app.core.validate import validate


def _table(whens: list[str]) -> Table:
    n = len(whens)
    df = pd.DataFrame(
        {"User": [f"U{i}" for i in range(n)], "Event": ["signup"] * n, "When": whens},
        dtype="str",
    )
    info = SourceInfo(path=Path("events.csv"), format="csv", header_row=1)
    return Table(df=df, row_numbers=pd.RangeIndex(2, n + 2).to_numpy(), info=info, warnings=[])


def test_impossible_either_way_is_not_offered_the_other_reading():
    parsed = parse_timestamps(
        pd.Series(["31/13/2024", "13/31/2024"], dtype="str"), order="day_first"
    )
    assert not parsed.ok.any()
    assert all("other way" not in r and "month-first" not in r for r in parsed.reason)

    mapping = Mapping(
        destination="vibefollow-events",
        fields={
            "external_user_id": FieldSource.from_column("User"),
            "name": FieldSource.from_column("Event"),
            "timestamp": FieldSource.from_column("When", date_order="day_first"),
        },
    )
    result = validate(_table(["04/05/2024", "31/13/2024", "05/13/2024"]), mapping)
    groups = {g.rows: g for g in result.groups}
    assert groups[(3,)].fix is None  # 31/13 reads neither way: no "Read dates month-first"
    assert groups[(4,)].fix == "month_first"  # 05/13 does read month-first


def test_ambiguous_date_note_shows_samples_that_read_differently():
    values = pd.Series(
        ["02/02/2024 10:00", "03/03/2024 10:00", "04/04/2024", "04/05/2024", "01/02/2024"],
        dtype="str",
    )
    note = date_note(values, "timestamp", "When")
    assert note is not None and note.ambiguous
    assert note.samples[0][0] in {"04/05/2024", "01/02/2024"}
    assert note.samples[0][1] != note.alternative[0][1]


def test_epoch_times_are_instants_whatever_the_zone():
    values = pd.Series(["1709546700", "1709546700123", "45355.5"], dtype="str")
    parsed = parse_timestamps(values, timezone="Europe/Berlin")
    assert parsed.ok.all()
    # 1709546700 s is 10:05 UTC on 4 March 2024 on every computer in every zone…
    assert list(parsed.iso[:2]) == ["2024-03-04T10:05:00Z", "2024-03-04T10:05:00.123Z"]
    # …while an Excel serial is the wall-clock time the sheet shows (noon in Berlin).
    assert parsed.iso[2] == "2024-03-04T11:00:00Z"


def test_compact_dates_from_exports_are_read():
    values = pd.Series(["20240304", "20230229", "45355"], dtype="str")
    parsed = parse_timestamps(values)
    assert parsed.iso[0] == "2024-03-04T00:00:00Z" and parsed.date_only[0]
    assert not parsed.ok[1] and parsed.reason[1] == "no such date or time"  # 2023 had no 29 Feb
    assert parsed.iso[2] == "2024-03-04T00:00:00Z"  # Excel serials still work
