"""PyInstaller entry script: the same entry point as `python -m tracker`."""

from tracker.entry import main

raise SystemExit(main())
