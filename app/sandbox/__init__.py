"""Local emulator of the VibeFollow, Ours Privacy and FloKit ingestion APIs on one port.

Readings of the vendor documents where they leave a choice open:
- VibeFollow: an unknown but well-formed key is 401 on the bulk endpoints (their only documented
  auth error) and 403 on single track (which documents "valid but not authorised"). Per-project
  rate limit defaults to 600 requests/60 s (the docs give no number). Bulk events without a
  timestamp take the receive time, so they never dedupe. Each rejected record has exactly one
  error (the first problem found).
- Ours Privacy: a batch whose rows all fail validation is 207 with `success: false`; 500 with
  `results` only when every valid row failed queue transport; no rate limit.
- FloKit: more than 1,000 events is 400; Idempotency-Key replays only 200 answers.
- Stalled requests are never processed; dropped connections happen before or after processing,
  as the fault knob says.
"""

from app.sandbox.faults import Faults, parse_faults
from app.sandbox.server import DEFAULT_API_KEY, SandboxServer
from app.sandbox.settings import SandboxSettings
from app.sandbox.stats import ENDPOINTS

__all__ = [
    "DEFAULT_API_KEY",
    "ENDPOINTS",
    "Faults",
    "SandboxServer",
    "SandboxSettings",
    "parse_faults",
]
