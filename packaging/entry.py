"""PyInstaller entry script: the frozen `backfill` executable runs the same main() as the console script."""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
