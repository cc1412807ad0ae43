"""Privacy check for the sharing tests: which files hold any of the given marker strings?

The end-to-end test types marker strings into the journal (a note, a symptom comment, a
person's name) and then scans the sync folders AND both Syncthing homes (config, keys, index
database, logs): Syncthing must only ever see ciphertext and names made of computer ids and
sequence numbers. Every file is read as bytes and searched for each marker in UTF-8 and in
UTF-16 (both byte orders: SQLite, Qt and Windows tools write UTF-16); a file whose path
contains a marker counts too.

Limit: Syncthing's index database (LevelDB) compresses its table files with Snappy, which keeps
a string's first appearance as a literal in nearly all cases but not always. Syncthing stores
only names, sizes and block hashes there, never file content; names are checked directly.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

_ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def _patterns(markers: Iterable[str]) -> list[bytes]:
    found: list[bytes] = []
    for marker in markers:
        if not marker:
            raise ValueError("an empty marker would match every file")
        for encoding in _ENCODINGS:
            pattern = marker.encode(encoding)
            if pattern not in found:
                found.append(pattern)
    return found


def files_containing(roots: Path | Iterable[Path], markers: Iterable[str]) -> list[Path]:
    """Every regular file under `roots` (sorted, each once) that holds any marker in its bytes
    or in its path below the root. Symbolic links are not followed."""
    root_list = [roots] if isinstance(roots, Path) else list(roots)
    marker_list = list(markers)
    patterns = _patterns(marker_list)
    hits: set[Path] = set()
    for root in root_list:
        if not root.exists():
            raise FileNotFoundError(f"nothing to scan at {root}")
        candidates = [root] if root.is_file() else root.rglob("*")
        for path in candidates:
            if path.is_symlink() or not path.is_file():
                continue
            rel = path.name if path == root else path.relative_to(root).as_posix()
            if any(m in rel for m in marker_list):
                hits.add(path)
                continue
            data = path.read_bytes()
            if any(p in data for p in patterns):
                hits.add(path)
    return sorted(hits)
