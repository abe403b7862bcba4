"""Loading and validation speed: Backfill's loader against pandas, pyarrow, openpyxl, fastexcel.

Generates (deterministically, into a cache dir) a 1M-row events CSV and a 100k-row XLSX, then
prints side-by-side timings and ratios. `--quick` (or BACKFILL_BENCH_QUICK=1) runs at 1/10 size.
Run: `.venv/bin/python -m bench.load_validate [--quick]`.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.core.stream import ROWS_PER_SLICE

CSV_ROWS = 1_000_000
XLSX_ROWS = 100_000
ROUNDS = 4  # best of N, interleaved (the machine is shared)
EVENT_NAMES = ("signup", "trial_started", "paywall_viewed", "subscription_started", "churned")
PLANS = ("free", "pro", "team", "enterprise")


def cache_dir() -> Path:
    """Where generated inputs live between runs (not committed)."""
    base = Path(
        os.environ.get("BACKFILL_BENCH_DIR", Path(tempfile.gettempdir()) / "backfill-bench")
    )
    base.mkdir(parents=True, exist_ok=True)
    return base


def _rows(count: int, seed: int):
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for i in range(count):
        when = start + timedelta(seconds=rng.randrange(0, 300 * 86400))
        yield (
            f"usr_{rng.randrange(1, count // 3 + 2):07d}",
            EVENT_NAMES[rng.randrange(len(EVENT_NAMES))],
            when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            PLANS[rng.randrange(len(PLANS))],
            str(rng.randrange(1, 500)),
            f"{rng.random() * 100:.2f}",
            f"user{i}@example.com",
        )


HEADER = ("user_id", "event", "timestamp", "plan", "seats", "amount", "email")


def make_csv(rows: int) -> Path:
    """A deterministic events CSV with `rows` rows (cached)."""
    path = cache_dir() / f"events_{rows}.csv"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            handle.write(",".join(HEADER) + "\n")
            handle.writelines(",".join(row) + "\n" for row in _rows(rows, 7))
        tmp.replace(path)
    return path


def make_xlsx(rows: int) -> Path:
    """A deterministic events workbook with `rows` rows (cached; written with openpyxl)."""
    import openpyxl

    path = cache_dir() / f"events_{rows}.xlsx"
    if not path.exists():
        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet("Events")
        ws.append(HEADER)
        for user, event, ts, plan, seats, amount, email in _rows(rows, 11):
            ws.append([user, event, ts, plan, int(seats), float(amount), email])
        tmp = path.with_suffix(".tmp.xlsx")
        wb.save(tmp)
        tmp.replace(path)
    return path


def timed(func: Callable[[], object], repeat: int = 2) -> float:
    """Best wall time of `repeat` runs (seconds)."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - started)
    return best


def race(contenders: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Best time of each contender over `rounds`, run in turn each round.

    Interleaving matters on a shared machine: a burst of load from other processes then hits
    every contender alike instead of whichever happened to run during it.
    """
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(rounds):
        for name, func in contenders.items():
            best[name] = min(best[name], timed(func, 1))
    return best


def _print_table(title: str, rows: list[tuple[str, float]], baseline: str) -> None:
    base = dict(rows)[baseline]
    print(f"\n{title}")
    print(f"  {'reader':<40}{'seconds':>9}   {'ratio to ' + baseline}")
    for name, seconds in rows:
        print(f"  {name:<40}{seconds:>9.3f}   {seconds / base:>6.2f}×")


def _verdict(label: str, ok: bool, detail: str) -> str:
    return f"  {'meets' if ok else 'MISSES'} goal — {label}: {detail}"


def main(argv: list[str] | None = None) -> int:
    """Generate inputs, time every reader, print tables."""
    parser = argparse.ArgumentParser(prog="bench.load_validate")
    parser.add_argument("--quick", action="store_true", help="1/10 size")
    args = parser.parse_args(
        argv if argv is not None else sys.argv[1:] if __name__ == "__main__" else []
    )
    quick = args.quick or os.environ.get("BACKFILL_BENCH_QUICK") == "1"
    scale = 10 if quick else 1
    csv_rows, xlsx_rows = CSV_ROWS // scale, XLSX_ROWS // scale

    import pandas as pd
    import pyarrow.csv as pacsv

    from app.core.fields import get_schema
    from app.core.mapping import suggest_mapping
    from app.core.sources import load_table
    from app.core.validate import validate

    print(f"Backfill load/validate benchmark — {os.cpu_count()} CPUs (shared; figures are noisy)")
    print("generating inputs (cached) …", flush=True)
    csv_path = make_csv(csv_rows)
    xlsx_path = make_xlsx(xlsx_rows)
    size_mb = csv_path.stat().st_size / 1e6

    fast_csv = race(
        {
            "raw pyarrow read_csv": lambda: pacsv.read_csv(csv_path),
            "Backfill load_table": lambda: load_table(csv_path),
        },
        ROUNDS,
    )
    csv_results = [
        *fast_csv.items(),
        (
            "pandas read_csv (C engine, dtype=str)",
            timed(lambda: pd.read_csv(csv_path, dtype=str, keep_default_na=False), 1),
        ),
    ]
    _print_table(f"CSV {csv_rows:,} rows, {size_mb:.0f} MB", csv_results, "raw pyarrow read_csv")

    import fastexcel
    import openpyxl
    import python_calamine

    def raw_openpyxl() -> None:
        wb = openpyxl.load_workbook(xlsx_path, read_only=True, data_only=True)
        for _ in wb.active.iter_rows(values_only=True):
            pass
        wb.close()

    fast_xlsx = race(
        {
            "raw fastexcel (to_arrow)": lambda: (
                fastexcel.read_excel(xlsx_path).load_sheet(0).to_arrow()
            ),
            "raw python-calamine (to_python)": lambda: (
                python_calamine.CalamineWorkbook.from_path(str(xlsx_path))
                .get_sheet_by_index(0)
                .to_python()
            ),
            "Backfill load_table": lambda: load_table(xlsx_path),
        },
        ROUNDS,
    )
    xlsx_results = [*fast_xlsx.items(), ("openpyxl read_only iter_rows", timed(raw_openpyxl, 1))]
    _print_table(f"XLSX {xlsx_rows:,} rows", xlsx_results, "raw fastexcel (to_arrow)")

    table = load_table(csv_path)
    schema = get_schema("vibefollow-events")
    mapping = suggest_mapping(table, schema).mapping
    result_holder: dict[str, object] = {}

    def run_validate() -> None:
        result_holder["r"] = validate(table, mapping)

    checks = timed(run_validate, ROUNDS)
    result = result_holder["r"]
    paid = race(
        {
            "payload dicts + orjson.dumps": lambda: _dicts_then_json(result),
            "payload JSON from the columns": lambda: _columnar_json(result),
        },
        2,
    )
    build = paid["payload JSON from the columns"]
    print(f"\nValidation of {len(table):,} rows (vibefollow-events, {len(table.headers)} columns)")
    print(f"  {'checks, issues and groups':<40}{checks:>9.3f} s")
    for name, seconds in paid.items():
        print(f"  {name:<40}{seconds:>9.3f} s")
    print(
        f"  columnar JSON vs dicts + orjson: {paid['payload dicts + orjson.dumps'] / build:.2f}× "
        "faster (byte for byte the same)"
    )
    total = checks + build
    print(f"  {'total':<40}{total:>9.3f} s   ({total / len(table) * 1e6:.2f} µs/row)")
    print(f"  {result.summary_line()}")  # type: ignore[attr-defined]

    csv_times, xlsx_times = dict(csv_results), dict(xlsx_results)
    fastest_raw = min(
        xlsx_times["raw fastexcel (to_arrow)"], xlsx_times["raw python-calamine (to_python)"]
    )
    csv_ratio = csv_times["Backfill load_table"] / csv_times["raw pyarrow read_csv"]
    xlsx_ratio = xlsx_times["Backfill load_table"] / fastest_raw
    openpyxl_ratio = xlsx_times["openpyxl read_only iter_rows"] / xlsx_times["Backfill load_table"]
    per_million = checks * 1_000_000 / len(table)
    print("\nGoals (2-core machine)")
    print(_verdict("CSV load ≤ 2× raw pyarrow", csv_ratio <= 2, f"{csv_ratio:.2f}×"))
    print(_verdict("XLSX load ≤ 2× fastest raw reader", xlsx_ratio <= 2, f"{xlsx_ratio:.2f}×"))
    print(
        _verdict(
            "XLSX load ≥ 10× faster than openpyxl", openpyxl_ratio >= 10, f"{openpyxl_ratio:.1f}×"
        )
    )
    print(
        _verdict(
            "validation of 1M rows ≤ 3 s",
            per_million <= 3,
            f"{per_million:.2f} s per 1M rows for the checks; building payloads adds "
            f"{build * 1_000_000 / len(table):.2f} s",
        )
    )
    _print_memory(csv_path, xlsx_path)
    return 0


def _dicts_then_json(result) -> None:
    import orjson

    option = orjson.OPT_SORT_KEYS
    for batch in result.iter_record_batches(1000):
        [orjson.dumps(r.payload, option=option) for r in batch]


def _columnar_json(result) -> None:
    for _ in result.iter_payload_blocks(1000):
        pass


MEMORY_CONTENDERS = {
    "imports only (numpy, pandas, pyarrow, app)": "",
    "raw pyarrow read_csv": "pacsv.read_csv(CSV)",
    "Backfill load_table (whole file)": "load_table(CSV)",
    f"Backfill open_sliced ({ROWS_PER_SLICE:,} rows at a time)": (
        "for _ in open_sliced(CSV, stream_min_bytes=0).slices(): pass"
    ),
    "pandas read_csv (C engine, dtype=str)": "pd.read_csv(CSV, dtype=str, keep_default_na=False)",
    "raw fastexcel (to_arrow)": "fastexcel.read_excel(XLSX).load_sheet(0).to_arrow()",
    "Backfill load_table (XLSX)": "load_table(XLSX)",
}


def _print_memory(csv_path: Path, xlsx_path: Path) -> None:
    """Peak resident memory of each reader, each in a fresh process (the kernel's count)."""
    import subprocess

    prelude = (
        "import sys, fastexcel, pandas as pd, pyarrow.csv as pacsv\n"
        "from app.core.sources import load_table\nfrom app.core.stream import open_sliced\n"
        f"CSV, XLSX = {str(csv_path)!r}, {str(xlsx_path)!r}\n"
    )
    print(
        f"\nPeak memory, each reader in a fresh process (CSV {csv_path.stat().st_size / 1e6:.0f} MB)"
    )
    print(f"  {'reader':<46}{'peak RSS':>10}")
    # The child reports its own high-water mark: a fork's rusage would include this process's.
    report = "\nprint(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')))"
    root = Path(__file__).resolve().parents[1]
    for name, code in MEMORY_CONTENDERS.items():
        out = subprocess.run(
            [sys.executable, "-c", prelude + code + report],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        peak_kb = int(out.strip().splitlines()[-1].split()[1])
        print(f"  {name:<46}{peak_kb / 1024:>7.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
