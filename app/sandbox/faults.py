"""Fault injection knobs and the seeded decisions they drive for each ingestion request."""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

import orjson


@dataclass(frozen=True)
class Faults:
    """What to break. Probabilities are per request except `p_queue_failure` (per Ours Privacy row)."""

    latency_ms: float = 0.0
    jitter_ms: float = 0.0
    p429: float = 0.0
    p500: float = 0.0
    p503: float = 0.0
    # Seconds advertised in Retry-After of injected 429/503 (0 makes retry tests instant).
    retry_after: float = 1.0
    # Connection aborted before the request is processed: nothing stored.
    p_drop_before: float = 0.0
    # Connection aborted after processing: stored, but the client never sees the answer.
    p_drop_after: float = 0.0
    # Hold the request for stall_s, then abort without processing it.
    p_stall: float = 0.0
    stall_s: float = 30.0
    # Ours Privacy only: a valid row fails queue transport (code queue_unavailable).
    p_queue_failure: float = 0.0
    # Reject records whose `reject_field` (dotted path, e.g. properties.plan) matches the regex.
    reject_field: str | None = None
    reject_pattern: str | None = None
    reject_code: str | None = None
    reject_message: str = "rejected by sandbox fault rule"
    # Endpoint names the faults apply to; empty means every ingestion endpoint.
    endpoints: tuple[str, ...] = ()
    # At most this many request-level faults (429/500/503/drop/stall) are injected; None = no cap.
    budget: int | None = None
    # Actions forced on the first matching requests, in arrival order, before any random draw
    # (e.g. ("drop_before", "500")): tests that must exercise a fault get it every run.
    script: tuple[str, ...] = ()
    seed: int | None = None

    def as_dict(self) -> dict[str, object]:
        """Plain JSON-ready view of the knobs."""
        data = dataclasses.asdict(self)
        data["endpoints"] = list(self.endpoints)
        data["script"] = list(self.script)
        return data


FAULT_NAMES = frozenset(f.name for f in dataclasses.fields(Faults))


def _names(value: object, problem: str) -> tuple[str, ...]:
    """A list knob from JSON or a query string ("a|b", "a+b", "a b")."""
    if isinstance(value, str):
        return tuple(part for part in re.split(r"[|+ ]", value) if part)
    if isinstance(value, Iterable):
        return tuple(str(part) for part in value)
    raise ValueError(problem)


def make_faults(**knobs: object) -> Faults:
    """Build Faults from keyword knobs, validating names and coercing simple types."""
    unknown = set(knobs) - FAULT_NAMES
    if unknown:
        raise ValueError(f"unknown fault knobs: {', '.join(sorted(unknown))}")
    for name, what in (("endpoints", "endpoint names"), ("script", "actions")):
        if knobs.get(name) is not None:
            knobs[name] = _names(knobs[name], f"{name} must be a list of {what}")
    faults = Faults(**knobs)  # type: ignore[arg-type]
    actions = {a.value for a in Action}
    for step in faults.script:
        if step not in actions:
            raise ValueError(f"script step {step!r} is not one of {', '.join(sorted(actions))}")
    for name in (
        "p429",
        "p500",
        "p503",
        "p_drop_before",
        "p_drop_after",
        "p_stall",
        "p_queue_failure",
    ):
        value = getattr(faults, name)
        if not 0.0 <= float(value) <= 1.0:
            raise ValueError(f"{name} must be a probability between 0 and 1, got {value!r}")
    if faults.reject_pattern is not None:
        if faults.reject_field is None:
            raise ValueError("reject_pattern needs reject_field")
        re.compile(faults.reject_pattern)
    return faults


def parse_faults(text: str) -> Faults:
    """Faults from a JSON object or `k=v,k=v` text (values read as JSON when they parse)."""
    text = text.strip()
    if not text:
        return Faults()
    if text.startswith("{"):
        return make_faults(**orjson.loads(text))
    knobs: dict[str, object] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        name, sep, raw = part.partition("=")
        if not sep:
            raise ValueError(f"fault knob {part!r} is not name=value")
        try:
            knobs[name.strip()] = orjson.loads(raw.strip())
        except orjson.JSONDecodeError:
            knobs[name.strip()] = raw.strip()
    return make_faults(**knobs)


class Action(Enum):
    """Request-level outcome chosen by the injector before the endpoint runs."""

    PROCEED = "proceed"
    STALL = "stall"
    DROP_BEFORE = "drop_before"
    RATE_LIMIT = "429"
    SERVER_ERROR = "500"
    UNAVAILABLE = "503"
    DROP_AFTER = "drop_after"


@dataclass(frozen=True)
class RejectRule:
    """Per-record rejection rule compiled from the fault knobs."""

    path: tuple[str, ...]
    pattern: re.Pattern[str]
    code: str | None
    message: str

    def matches(self, record: object) -> bool:
        """Whether the record's field at `path` exists and matches the pattern."""
        value: object = record
        for key in self.path:
            if not isinstance(value, dict) or key not in value:
                return False
            value = value[key]
        return self.pattern.search(value if isinstance(value, str) else str(value)) is not None


@dataclass
class FaultInjector:
    """Seeded decisions for the current Faults; one per sandbox, replaced on set_faults/reset."""

    faults: Faults = field(default_factory=Faults)
    rng: random.Random = field(default_factory=random.Random)
    injected: int = 0
    rule: RejectRule | None = None
    # How many scripted steps have been used (one per matching request).
    scripted: int = 0

    @classmethod
    def for_faults(cls, faults: Faults) -> FaultInjector:
        """Injector with a fresh RNG (seeded when the knobs say so) and a compiled reject rule."""
        rule = None
        if faults.reject_field and faults.reject_pattern is not None:
            rule = RejectRule(
                tuple(faults.reject_field.split(".")),
                re.compile(faults.reject_pattern),
                faults.reject_code,
                faults.reject_message,
            )
        return cls(faults, random.Random(faults.seed), 0, rule, 0)

    def applies_to(self, endpoint: str) -> bool:
        """Whether faults are active for this endpoint."""
        return not self.faults.endpoints or endpoint in self.faults.endpoints

    def latency_s(self, endpoint: str) -> float:
        """Injected latency for one request (fixed + uniform jitter), in seconds."""
        f = self.faults
        if not self.applies_to(endpoint) or (f.latency_ms <= 0 and f.jitter_ms <= 0):
            return 0.0
        jitter = self.rng.uniform(0.0, f.jitter_ms) if f.jitter_ms > 0 else 0.0
        return (f.latency_ms + jitter) / 1000.0

    def decide(self, endpoint: str) -> Action:
        """Pick what happens to one request; request-level faults are drawn in a fixed order."""
        f = self.faults
        if not self.applies_to(endpoint):
            return Action.PROCEED
        if self.scripted < len(f.script):
            # Scripted steps are forced, whatever the budget says; they count as injected.
            action = Action(f.script[self.scripted])
            self.scripted += 1
            self.injected += action is not Action.PROCEED
            return action
        if f.budget is not None and self.injected >= f.budget:
            return Action.PROCEED
        for probability, action in (
            (f.p_stall, Action.STALL),
            (f.p_drop_before, Action.DROP_BEFORE),
            (f.p429, Action.RATE_LIMIT),
            (f.p503, Action.UNAVAILABLE),
            (f.p500, Action.SERVER_ERROR),
            (f.p_drop_after, Action.DROP_AFTER),
        ):
            if probability > 0 and self.rng.random() < probability:
                self.injected += 1
                return action
        return Action.PROCEED

    def queue_failure(self, endpoint: str) -> bool:
        """Whether one valid Ours Privacy row fails queue transport."""
        p = self.faults.p_queue_failure
        return p > 0 and self.applies_to(endpoint) and self.rng.random() < p

    def reject_rule(self, endpoint: str) -> RejectRule | None:
        """The per-record rejection rule active for this endpoint, if any."""
        return self.rule if self.rule is not None and self.applies_to(endpoint) else None
