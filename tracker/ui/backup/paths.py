"""Folder and file paths inside translated sentences.

A path is left-to-right text; inside a right-to-left (Persian) sentence the bidi algorithm
otherwise moves its leading "/" to the far end ("tmp/journals/backups/"). Wrapping it in a
left-to-right isolate keeps it exactly as typed, in any sentence direction.
"""

from __future__ import annotations

from pathlib import Path

LRI, PDI = "\u2066", "\u2069"


def path_text(path: Path | str) -> str:
    return f"{LRI}{path}{PDI}"
