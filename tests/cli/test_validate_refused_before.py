"""`backfill validate` of rows the destination refused before (a rejection report, or the rows
"Fix and re-import" opens) says so with the reasons, as the app's Review step does."""

from __future__ import annotations

import json
from pathlib import Path

from app.cli import run_cli
from app.core.report import refused_reasons
from app.core.sources import load_table

REPORT = """user_id,event,ts,plan,Row,Field,Code,Reason,State
u1,signup,2024-05-01T10:00:00Z,pro,3,plan,region_blocked,Region blocked,rejected
u2,signup,2024-05-01T10:00:00Z,pro,4,plan,region_blocked,Region blocked,rejected
u3,signup,2024-05-01T10:00:00Z,pro,5,,http_500,Server error,failed
u4,signup,2024-05-01T10:00:00Z,pro,6,,,,pending
"""


def _report(tmp_path: Path) -> Path:
    path = tmp_path / "rejected.csv"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_validate_says_which_rows_were_refused_before_and_why(tmp_path, capsys):
    path = _report(tmp_path)
    assert run_cli(["validate", str(path), "-d", "vibefollow-events"]) == 0
    out = capsys.readouterr().out
    assert (
        "3 rows were refused by the destination last time. Why: “Region blocked” (2 rows); "
        "“Server error” (1 row)."
    ) in out
    # The same count the Review step shows (its notice is built from these reasons).
    assert refused_reasons(load_table(path)) == {"Region blocked": 2, "Server error": 1}


def test_validate_json_holds_the_reasons_and_a_plain_file_has_none(tmp_path, capsys):
    assert run_cli(["validate", str(_report(tmp_path)), "-d", "vibefollow-events", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["refused_before"] == {
        "rows": 3,
        "reasons": [{"reason": "Region blocked", "rows": 2}, {"reason": "Server error", "rows": 1}],
    }
    plain = tmp_path / "events.csv"
    plain.write_text("user_id,event,ts\nu1,signup,2024-05-01T10:00:00Z\n", encoding="utf-8")
    assert run_cli(["validate", str(plain), "-d", "vibefollow-events"]) == 0
    assert "refused by the destination" not in capsys.readouterr().out
    assert run_cli(["validate", str(plain), "-d", "vibefollow-events", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["refused_before"] == {"rows": 0, "reasons": []}


def test_many_reasons_show_the_three_largest(tmp_path, capsys):
    lines = ["user_id,event,ts,Row,Field,Code,Reason,State"]
    for i, (reason, n) in enumerate([("A", 4), ("B", 3), ("C", 2), ("D", 1), ("E", 1)]):
        lines += [f"u{i},signup,2024-05-01T10:00:00Z,{i + 2},,x,{reason},rejected"] * n
    path = tmp_path / "rejected.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run_cli(["validate", str(path), "-d", "vibefollow-events"]) == 0
    out = capsys.readouterr().out
    assert (
        "11 rows were refused by the destination last time. Why: “A” (4 rows); “B” (3 rows); "
        "“C” (2 rows); and 2 other reasons."
    ) in out
