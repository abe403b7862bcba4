"""Who and when for a validated 1M-row events file: how soon the chart of events over time and
the identity preview are ready, in core and on Review's panel (goal: the chart within 200 ms).

Side by side in one run: the chart alone (`Insight.add(users=False)`), the identity figures
alone, both together, and the same chart on the app's `InsightPanel` (a real worker, the Qt
event loop, offscreen) from `show_for(result)` to the chart being set.

    .venv/bin/python -m bench.insight            # 1,000,000 rows
    .venv/bin/python -m bench.insight --rows 100000
"""

from __future__ import annotations

import argparse
import os
import sys
import time

GOAL_MS = 200.0


def _validated(rows: int):  # type: ignore[no-untyped-def]
    from app.core.fields import get_schema
    from app.core.mapping import suggest_mapping
    from app.core.sources import load_table
    from app.core.validate import validate
    from bench.load_validate import make_csv

    table = load_table(make_csv(rows))
    mapping = suggest_mapping(table, get_schema("vibefollow-events")).mapping
    return validate(table, mapping)


def _best_ms(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, (time.perf_counter() - started) * 1000)
    return best


def _core(result) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from app.core.insight import Insight

    def chart() -> None:
        insight = Insight()
        insight.add(result, users=False)
        insight.histogram()

    def users() -> None:
        insight = Insight()
        insight.add(result, times=False)
        insight.preview()

    def both() -> None:
        insight = Insight()
        insight.add(result)
        insight.preview(), insight.histogram()

    return {"chart": _best_ms(chart), "users": _best_ms(users), "both": _best_ms(both)}


def _panel_ms(result) -> float:  # type: ignore[no-untyped-def]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication

    from app.ui.widgets.insight_panel import InsightPanel

    app = QApplication.instance() or QApplication([])
    panel = InsightPanel()
    best = float("inf")
    for _ in range(3):
        panel.clear()
        started = time.perf_counter()
        panel.show_for(result)
        while panel.histogram is None:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        best = min(best, (time.perf_counter() - started) * 1000)
    panel.shutdown()
    del app
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    result = _validated(args.rows)
    core = _core(result)
    panel = _panel_ms(result)
    print(f"Who and when, {args.rows:,} validated event rows (best of 3):")
    print(f"  {'chart of events over time (core)':<44}{core['chart']:>8.0f} ms")
    print(
        f"  {'chart on the Review panel (worker + Qt)':<44}{panel:>8.0f} ms   goal < {GOAL_MS:.0f} ms"
    )
    print(f"  {'identity preview (core)':<44}{core['users']:>8.0f} ms")
    print(f"  {'both in one pass (core)':<44}{core['both']:>8.0f} ms")
    print(f"  chart / identity: {core['chart'] / core['users']:.2f}x the time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
