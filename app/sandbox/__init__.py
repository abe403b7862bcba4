"""Local emulator of the VibeFollow, Ours Privacy and FloKit ingestion APIs on one port."""

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
