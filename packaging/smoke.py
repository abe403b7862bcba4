"""Smoke test of the built bundle: run the frozen executable the way an operator would.

Usage: `.venv/bin/python packaging/smoke.py [dist/backfill]` (what `make package-smoke` runs).
Checks the bundle's layout (resources, licence metadata, the Qt plugins kept and trimmed), that
every bundled library resolves its dependencies (Linux), then runs the executable: --version,
--help, preview of every bundled sample, a headless validate, an upload to the built-in sandbox,
the sandbox server answering HTTP, and the GUI starting offscreen. Each run gets a throwaway data
dir, config dir and the null keyring, so nothing touches the operator's real data or secrets.
Exit 0 when nothing failed.
"""

from __future__ import annotations

import argparse
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LICENCES_MODULE = ROOT / "app" / "core" / "licences.py"
TRACEBACK = "Traceback (most recent call last)"
# Messages that mean a frozen part is missing even when the process keeps running.
BROKEN_SIGNS = (
    TRACEBACK,
    "ModuleNotFoundError",
    "could not be loaded",
    "Could not load the Qt platform plugin",
    "could not start",
    "Cannot load library",
)
REQUIRED_PLUGINS = (
    "platforms/libqxcb.so",
    "platforms/libqoffscreen.so",
    "imageformats/libqsvg.so",
    "iconengines/libqsvgicon.so",
)
TRIMMED = ("imageformats/libqpdf.so", "platforms/libqeglfs.so", "platforms/libqvnc.so")
TRIMMED_LIBS = ("libQt6Pdf", "libQt6Quick", "libQt6Qml", "libQt6Network", "libQt6VirtualKeyboard")
# Libraries that must come from the bundle; anything else unresolved is a system library the
# build machine lacks (e.g. Wayland client libraries on a headless box) and only noted.
SPREADSHEETS = {".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls", ".ods", ".json", ".ndjson"}
BUNDLED_LIB = re.compile(r"^lib(Qt6|pyside6|shiboken6|python3|arrow|parquet|icu)")


@dataclass
class Check:
    """One smoke check's outcome: passed, failed, or a warning worth reading (ok=None)."""

    name: str
    ok: bool | None
    detail: str
    seconds: float = 0.0


def app_version() -> str:
    """The version the bundle must report, read from the source tree it was built from."""
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    return match.group(1) if match else "?"


def isolated_env(scratch: Path) -> dict[str, str]:
    """The caller's environment with Backfill's data, settings and secrets pointed at scratch."""
    env = dict(os.environ)
    for name in ("data", "config", "share", "cache"):
        (scratch / name).mkdir(exist_ok=True)
    env.update(
        BACKFILL_DATA_DIR=str(scratch / "data"),
        XDG_CONFIG_HOME=str(scratch / "config"),
        XDG_DATA_HOME=str(scratch / "share"),
        XDG_CACHE_HOME=str(scratch / "cache"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        QT_QPA_PLATFORM="offscreen",
        PYTHONUNBUFFERED="1",
    )
    # A quit hook for launchers that support one; harmless where they do not.
    env.setdefault("BACKFILL_QUIT_AFTER_MS", "3000")
    return env


def tail(text: str, lines: int = 8) -> str:
    """The last few lines of a process's output, for a failure message."""
    return "\n".join(text.strip().splitlines()[-lines:])


def broken(output: str) -> str | None:
    """The first sign of a missing frozen part in output, or None."""
    return next((sign for sign in BROKEN_SIGNS if sign in output), None)


class Smoke:
    """Runs the checks against one bundle folder and collects their outcomes."""

    def __init__(self, bundle: Path, scratch: Path, gui_seconds: float) -> None:
        self.bundle = bundle
        self.internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
        self.exe = bundle / ("backfill.exe" if os.name == "nt" else "backfill")
        self.scratch = scratch
        self.env = isolated_env(scratch)
        self.gui_seconds = gui_seconds
        self.checks: list[Check] = []

    def run(self, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
        """Run the bundled executable to completion (no stdin, so nothing can prompt)."""
        return subprocess.run(
            [str(self.exe), *args],
            cwd=self.scratch,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )

    def check(self, name: str, body: Callable[[], tuple[bool | None, str]]) -> None:
        """Time one check; an exception inside it is a failure, not a crash of the smoke test."""
        started = time.monotonic()
        try:
            ok, detail = body()
        except Exception as exc:  # noqa: BLE001 - report it and carry on with the other checks
            ok, detail = False, f"{type(exc).__name__}: {exc}"
        self.checks.append(Check(name, ok, detail, time.monotonic() - started))
        mark = {True: "PASS", False: "FAIL", None: "WARN"}[ok]
        print(
            f"[{mark}] {name} ({time.monotonic() - started:.1f} s)\n       "
            + detail.replace("\n", "\n       "),
            flush=True,
        )

    # --- layout ------------------------------------------------------------------------------

    def layout(self) -> tuple[bool | None, str]:
        needed = [
            self.exe,
            self.internal / "resources" / "style" / "backfill.qss",
            self.internal / "resources" / "icons" / "backfill.svg",
        ]
        missing = [str(p.relative_to(self.bundle)) for p in needed if not p.exists()]
        metadata = {
            re.split(r"-|\.egg-info$", p.name)[0].lower()
            for p in [*self.internal.glob("*.dist-info"), *self.internal.glob("*.egg-info")]
        }
        for dist in ("pandas", "pyside6_essentials", "httpx", "keyring", "backfill"):
            if dist not in metadata:
                missing.append(f"{dist} metadata (About dialog licences)")
        if missing:
            return False, "missing: " + ", ".join(missing)
        return True, f"resources, executable and metadata of {len(metadata)} distributions"

    def licences(self) -> tuple[bool | None, str]:
        """`bundled_licences()` evaluated against the bundle's metadata alone, as the About
        dialog sees it when frozen (site-packages left out with -S)."""
        # The module file alone (stdlib-only), so neither the checkout's egg-info nor its
        # site-packages can stand in for the bundle's metadata.
        code = (
            "import importlib.util, sys\n"
            f"spec = importlib.util.spec_from_file_location('licences', {str(LICENCES_MODULE)!r})\n"
            "mod = sys.modules['licences'] = importlib.util.module_from_spec(spec)\n"
            "spec.loader.exec_module(mod)\n"
            "for lib in mod.bundled_licences(): print(lib.name, lib.version, lib.licence, sep='\\t')"
        )
        env = dict(os.environ, PYTHONPATH=str(self.internal))
        result = subprocess.run(
            [sys.executable, "-S", "-c", code],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            cwd=self.scratch,
        )
        if result.returncode != 0:
            return False, tail(result.stderr)
        rows = [line.split("\t") for line in result.stdout.splitlines()]
        found = {re.sub(r"[-_.]+", "-", row[0]).lower(): row for row in rows}
        missing = [
            n
            for n in ("pyside6-essentials", "httpx", "pandas", "pyarrow", "uvicorn")
            if n not in found or not found[n][2].strip()
        ]
        if missing:
            return False, f"no licence for {missing} among {len(rows)} bundled libraries"
        sample = ", ".join(f"{found[n][0]} {found[n][2]}" for n in ("pyside6-essentials", "pandas"))
        return True, f"{len(rows)} libraries with licences (e.g. {sample})"

    def qt_plugins(self) -> tuple[bool | None, str]:
        if not sys.platform.startswith("linux"):
            return None, "plugin file names checked on Linux only"
        plugins = self.internal / "PySide6" / "Qt" / "plugins"
        missing = [p for p in REQUIRED_PLUGINS if not (plugins / p).exists()]
        leftover = [p for p in TRIMMED if (plugins / p).exists()]
        leftover += sorted(
            {p.name for p in self.internal.rglob("libQt6*") if p.name.startswith(TRIMMED_LIBS)}
        )
        kept = sorted(f"{p.parent.name}/{p.name}" for p in plugins.glob("*/*"))
        if missing or leftover:
            return False, f"missing: {missing}; should be trimmed: {leftover}"
        return True, f"{len(kept)} plugins: " + ", ".join(k.split("/")[-1] for k in kept)

    def shared_libraries(self) -> tuple[bool | None, str]:
        if not sys.platform.startswith("linux") or not shutil.which("ldd"):
            return None, "ldd check runs on Linux only"
        env = dict(os.environ, LD_LIBRARY_PATH=str(self.internal))
        bundled_missing: set[str] = set()
        system_missing: set[str] = set()
        count = 0
        for path in self.internal.rglob("*.so*"):
            if path.is_symlink() or not path.is_file():
                continue
            count += 1
            out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
            for line in out.stdout.splitlines():
                if "not found" in line:
                    lib = line.split("=>")[0].strip()
                    (bundled_missing if BUNDLED_LIB.match(lib) else system_missing).add(lib)
        if bundled_missing:
            return False, f"unresolved bundled libraries: {sorted(bundled_missing)}"
        note = (
            f"; not on this machine (system libs): {sorted(system_missing)}"
            if system_missing
            else ""
        )
        return True, f"{count} libraries resolve{note}"

    # --- command line ------------------------------------------------------------------------

    def version(self) -> tuple[bool | None, str]:
        result = self.run("--version", timeout=60)
        expected = f"Backfill {app_version()}"
        ok = result.returncode == 0 and result.stdout.strip() == expected
        return ok, f"exit {result.returncode}: {result.stdout.strip() or tail(result.stderr)}"

    def help(self) -> tuple[bool | None, str]:
        result = self.run("--help", timeout=60)
        commands = [c for c in ("preview", "validate", "upload", "sandbox") if c in result.stdout]
        ok = result.returncode == 0 and "validate" in commands
        return ok, f"exit {result.returncode}; commands: {', '.join(commands)}"

    def samples(self) -> list[Path]:
        folder = self.internal / "resources" / "samples"
        if not folder.is_dir():
            return []
        return sorted(
            p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SPREADSHEETS
        )

    def users_sample(self) -> Path:
        """A bundled users sample, or a small CSV written here when the bundle has none."""
        for sample in self.samples():
            if "user" in sample.name.lower() and sample.suffix.lower() in (".csv", ".xlsx"):
                return sample
        made = self.scratch / "users.csv"
        made.write_text(
            "user_id,email,plan,signup_date\n"
            "u-1,ada@example.com,pro,2026-01-05\n"
            "u-2,grace@example.com,free,2026-02-11\n"
            "u-3,not-an-email,free,2026-03-01\n",
            encoding="utf-8",
        )
        return made

    def preview_samples(self) -> tuple[bool | None, str]:
        samples = self.samples()
        if not samples:
            return None, "no samples in the bundle (resources/samples/)"
        lines, ok = [], True
        for sample in samples:
            result = self.run("preview", str(sample), "--rows", "3")
            sign = broken(result.stdout + result.stderr)
            if sign:
                ok = False
                lines.append(f"{sample.name}: {sign}\n{tail(result.stderr)}")
            elif result.returncode != 0:
                ok = False if ok is False else None
                lines.append(f"{sample.name}: exit {result.returncode}: {tail(result.stderr, 2)}")
            else:
                lines.append(f"{sample.name}: read")
        return ok, "\n".join(lines)

    def validate(self) -> tuple[bool | None, str]:
        sample = self.users_sample()
        result = self.run("validate", str(sample), "--destination", "vibefollow-users")
        output = result.stdout + result.stderr
        sign = broken(output)
        ok = result.returncode in (0, 1) and not sign and bool(result.stdout.strip())
        detail = sign or tail(result.stdout, 6) or tail(result.stderr)
        return ok, f"{sample.name} → exit {result.returncode}\n{detail}"

    def upload(self) -> tuple[bool | None, str]:
        sample = self.users_sample()
        report = self.scratch / "rejected.csv"
        result = self.run(
            "upload",
            str(sample),
            "--destination",
            "vibefollow-users",
            "--yes",
            "--report",
            str(report),
        )
        sign = broken(result.stdout + result.stderr)
        ok = result.returncode in (0, 1) and not sign
        detail = sign or tail(result.stdout, 6) or tail(result.stderr)
        return ok, f"{sample.name} → built-in sandbox, exit {result.returncode}\n{detail}"

    def sandbox_server(self) -> tuple[bool | None, str]:
        process = subprocess.Popen(
            [str(self.exe), "sandbox", "--port", "0", "--quiet"],
            cwd=self.scratch,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            stdin=subprocess.DEVNULL,
        )
        try:
            url = None
            deadline = time.monotonic() + 60
            while url is None and time.monotonic() < deadline:
                line = process.stdout.readline() if process.stdout else ""
                if not line:
                    break
                match = re.search(r"listening on (\S+)", line)
                url = match.group(1) if match else None
            if url is None:
                process.kill()
                return False, f"no 'listening on' line\n{tail(process.communicate()[1])}"
            with urllib.request.urlopen(f"{url}/_sandbox/health", timeout=10) as response:
                status = response.status
            # SIGTERM is the sandbox's clean stop; Windows has no equivalent for a console child.
            process.terminate()
            out, err = process.communicate(timeout=20)
            sign = broken(out + err)
            clean = process.returncode == 0 or os.name == "nt"
            ok = status == 200 and clean and not sign
            return ok, f"{url}/_sandbox/health → {status}; stopped with exit {process.returncode}"
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()

    # --- desktop window ----------------------------------------------------------------------

    def gui(
        self, extra_env: dict[str, str] | None = None, probe: Callable[[], str] | None = None
    ) -> tuple[bool | None, str]:
        """Start the window, let it run gui_seconds, and look for signs of a broken bundle.

        `probe` runs while the window is still up and returns what it saw ("" when nothing).
        """
        env = dict(self.env, **(extra_env or {}))
        seen = ""
        out_path, err_path = self.scratch / "gui.out", self.scratch / "gui.err"
        with out_path.open("w") as out, err_path.open("w") as err:
            process = subprocess.Popen(
                [str(self.exe)],
                cwd=self.scratch,
                env=env,
                stdout=out,
                stderr=err,
                stdin=subprocess.DEVNULL,
            )
            started = time.monotonic()
            while time.monotonic() - started < self.gui_seconds and process.poll() is None:
                time.sleep(0.2)
            alive = process.poll() is None
            if alive and probe is not None:
                seen = probe()
            if alive:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        output = out_path.read_text(errors="replace") + err_path.read_text(errors="replace")
        sign = broken(output)
        where = env["QT_QPA_PLATFORM"]
        if sign:
            return False, f"{sign}\n{tail(output, 12)}"
        if probe is not None and alive and not seen:
            return False, f"no Backfill window appeared on {where}\n{tail(output, 12)}"
        if alive:
            return True, (
                f"window up on {where} for {self.gui_seconds:.0f} s with no traceback{seen}; "
                "terminated by the smoke test (the launcher has no quit-after hook)"
            )
        if process.returncode == 0:
            seconds = time.monotonic() - started
            return True, f"window opened on {where} and quit by itself after {seconds:.1f} s"
        return False, f"exited early with {process.returncode}\n{tail(output, 12)}"

    @staticmethod
    def x_window_titles(display: str) -> str:
        """ ", windows: <titles>" for X windows named like Backfill (via xdotool), or ""."""
        if not shutil.which("xdotool"):
            return ", window not looked up (no xdotool)"
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "Backfill", "getwindowname", "%@"],
            env=dict(os.environ, DISPLAY=display),
            capture_output=True,
            text=True,
            timeout=20,
        )
        titles = sorted(set(found.stdout.split("\n")) - {""})
        return f", visible X windows: {titles}" if titles else ""

    def x_probe(self, display: str) -> str:
        """The window titles found, plus a screenshot once a window is there; "" when none."""
        titles = self.x_window_titles(display)
        return titles + self.x_screenshot(display) if titles else ""

    def x_screenshot(self, display: str) -> str:
        """Save the X screen next to the bundle (xwd + netpbm); returns ", screenshot: <path>"."""
        if not all(shutil.which(tool) for tool in ("xwd", "xwdtopnm", "pnmtopng")):
            return ""
        target = self.bundle.parent / "smoke-x11.png"
        command = f"xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng > '{target}'"
        done = subprocess.run(
            command, shell=True, env=dict(os.environ, DISPLAY=display), timeout=30, check=False
        )
        return f", screenshot: {target}" if done.returncode == 0 and target.stat().st_size else ""

    def gui_xcb(self) -> tuple[bool | None, str]:
        """The window on a real X server (Xvfb), through the bundled xcb plugin."""
        if not sys.platform.startswith("linux") or not shutil.which("Xvfb"):
            return None, "Xvfb not installed: xcb platform not exercised"
        if not list(self.internal.rglob("libxcb-cursor.so.0")):
            return False, "libxcb-cursor.so.0 not bundled: the xcb plugin fails where it is missing"
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-nolisten",
                "tcp",
                "-screen",
                "0",
                "1280x800x24",
            ],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        try:
            ready, _, _ = select.select([read_fd], [], [], 20)
            display = os.read(read_fd, 32).decode().strip() if ready else ""
            if not display:
                return None, "Xvfb did not start: xcb platform not exercised"
            return self.gui(
                {"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{display}"},
                probe=lambda: self.x_probe(f":{display}"),
            )
        finally:
            os.close(read_fd)
            xvfb.terminate()
            xvfb.wait(timeout=10)

    def run_all(self) -> bool:
        """Every check in order; True when none failed."""
        self.check("bundle layout", self.layout)
        self.check("licences readable from bundled metadata", self.licences)
        self.check("Qt plugins kept and trimmed", self.qt_plugins)
        self.check("shared libraries resolve", self.shared_libraries)
        self.check("backfill --version", self.version)
        self.check("backfill --help", self.help)
        self.check("preview every bundled sample", self.preview_samples)
        self.check("validate a users sample headlessly", self.validate)
        self.check("upload to the built-in sandbox", self.upload)
        self.check("sandbox server answers HTTP", self.sandbox_server)
        self.check("GUI starts offscreen", self.gui)
        self.check("GUI starts on X11 (Xvfb, xcb plugin)", self.gui_xcb)
        return not any(c.ok is False for c in self.checks)


def bundle_size(bundle: Path) -> int:
    """Bytes of the bundle, symlinks not followed."""
    return sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    """Run the smoke checks and print a summary; exit 1 when any failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "backfill")
    parser.add_argument("--gui-seconds", type=float, default=8.0, help="how long the window runs")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    if not bundle.is_dir():
        print(f"No bundle at {bundle}: run `make package` first.", file=sys.stderr)
        return 2
    print(f"Smoke-testing {bundle} ({bundle_size(bundle) / 2**20:.1f} MiB)", flush=True)
    with tempfile.TemporaryDirectory(prefix="backfill-smoke-") as scratch:
        smoke = Smoke(bundle, Path(scratch), args.gui_seconds)
        passed = smoke.run_all()
    failed = [c.name for c in smoke.checks if c.ok is False]
    warned = [c.name for c in smoke.checks if c.ok is None]
    print(
        f"\n{len(smoke.checks) - len(failed) - len(warned)} passed, {len(failed)} failed, "
        f"{len(warned)} warnings" + (f" — failed: {', '.join(failed)}" if failed else "")
    )
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
