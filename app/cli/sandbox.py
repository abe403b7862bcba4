"""`backfill sandbox`: run the local vendor-API emulator in the foreground."""

from __future__ import annotations

import argparse
import gc
import signal
import sys
import time

DEFAULT_PORT = 8787


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `sandbox` subcommand."""
    parser = sub.add_parser(
        "sandbox",
        help="run the local sandbox of the VibeFollow, Ours Privacy and FloKit APIs",
        description="Serve every vendor path on one port (loopback unless --host is given). "
        "Logs one line per request; Ctrl-C stops it.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    parser.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"port (default {DEFAULT_PORT}; 0 = any free)",
    )
    parser.add_argument("--latency-ms", type=float, default=0.0, help="added latency per request")
    parser.add_argument(
        "--faults",
        default="",
        metavar="JSON|k=v,...",
        help="fault knobs, e.g. 'p500=0.05,p429=0.1,retry_after=1,seed=7' or a JSON object",
    )
    parser.add_argument(
        "--api-key",
        action="append",
        dest="api_keys",
        metavar="KEY",
        help="accepted API key/token (repeatable; default: the built-in sandbox key)",
    )
    parser.add_argument(
        "--set",
        action="append",
        dest="settings",
        default=[],
        metavar="NAME=VALUE",
        help="sandbox setting, e.g. flokit_rate_limit=20 or queue_cap=5000 (repeatable)",
    )
    parser.add_argument(
        "--no-limits", action="store_true", help="disable rate limits and the queue cap"
    )
    parser.add_argument("--quiet", action="store_true", help="no per-request log lines")
    parser.set_defaults(handler=run)


def _settings(pairs: list[str]) -> dict[str, object]:
    import orjson

    settings: dict[str, object] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep:
            raise ValueError(f"--set expects NAME=VALUE, got {pair!r}")
        try:
            settings[name.strip()] = orjson.loads(raw)
        except orjson.JSONDecodeError:
            settings[name.strip()] = raw
    return settings


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def run(args: argparse.Namespace) -> int:
    """Start the sandbox and block until interrupted."""
    from app.sandbox import DEFAULT_API_KEY, SandboxServer, parse_faults
    from app.sandbox.app import RequestLog

    def log(entry: RequestLog) -> None:
        print(f"{time.strftime('%H:%M:%S')} {entry.line()}", flush=True)

    try:
        faults = parse_faults(args.faults)
        settings = _settings(args.settings)
        if args.no_limits:
            settings["limits_enabled"] = False
        if args.latency_ms:
            settings["latency_ms"] = args.latency_ms
        keys = tuple(args.api_keys or (DEFAULT_API_KEY,))
        server = SandboxServer(
            host=args.host,
            port=args.port,
            api_keys=keys,
            on_request=None if args.quiet else log,
            **settings,
        )
    except (ValueError, TypeError) as exc:
        print(f"backfill sandbox: {exc}", file=sys.stderr)
        return 2
    try:
        base_url = server.start()
    except (OSError, RuntimeError) as exc:
        print(f"backfill sandbox: cannot start on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    server.state.set_faults(faults)
    # This process only serves the sandbox, which keeps every accepted record alive: collect
    # young objects less often and never rescan start-up objects (~20% less CPU per batch).
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
    print(f"Sandbox listening on {base_url}", flush=True)
    for key in keys:
        print(f"API key: {key}", flush=True)
    print(
        "Paths: /api/v1/users/bulk /api/v1/events/bulk /api/v1/events (VibeFollow), "
        "/api/v1/batch (Ours Privacy), /v1/batch/events (FloKit); controls under /_sandbox/",
        flush=True,
    )
    if faults.as_dict() != type(faults)().as_dict():
        print(f"Faults: {args.faults}", flush=True)
    # `kill`/timeout (SIGTERM) stops as cleanly as Ctrl-C.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        while server.running:
            time.sleep(0.5)
    except KeyboardInterrupt:
        print("Stopping sandbox…", flush=True)
    finally:
        server.stop()
    return 0
