"""Run every benchmark in bench/ in turn (`make bench`)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    """Import each bench module and call its main(); print ratios side by side."""
    here = Path(__file__).parent
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"bench.{info.name}")
        if hasattr(module, "main"):
            print(f"\n=== bench/{info.name}.py")
            module.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
