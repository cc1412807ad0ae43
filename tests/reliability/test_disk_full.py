"""A full disk during a save, a passphrase change and a backup.

Runs `_disk_full.py` inside a 4 MiB tmpfs mounted in a private mount namespace
(`unshare`), so no real disk is filled and nothing is left mounted. Where the system does
not allow that (no unshare, no user namespaces), the test is skipped with the reason.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SIZE = "4m"


def _run_in_small_fs(mount: Path) -> dict:
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("needs `unshare` (util-linux) to mount a small private file system")
    script = (
        f'mount -t tmpfs -o size={SIZE},mode=0700 tmpfs "$1" || exit 97; '
        f'exec "$2" "$3" "$1"'
    )
    cmd = [unshare, "--user", "--map-root-user", "--mount", "sh", "-c", script, "sh",
           str(mount), sys.executable, str(HERE / "_disk_full.py")]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if proc.returncode == 97 or "Operation not permitted" in proc.stderr and not proc.stdout:
        pytest.skip(f"cannot mount a small file system here: {proc.stderr.strip()[:200]}")
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_disk_full_is_reported_and_nothing_saved_is_lost(tmp_path):
    mount = tmp_path / "small"
    mount.mkdir()
    result = _run_in_small_fs(mount)
    print(f"disk full: {result}")
    # The first save that cannot fit says "disk full" in plain words, not a crash.
    assert result["save_errors"], "the disk never filled up"
    assert set(result["save_errors"]) == {"DiskFull"}, result
    assert result["passphrase_change"] in ("DiskFull", "ok"), result
    assert result["backup"] == "DiskFull", result
    assert not [name for name in result["partial_backups"] if not name.startswith(".")], result
    # Opening needs no free space beyond what the journal already has (or says so plainly).
    assert result["reopen_while_full"] in ("ok", "DiskFull"), result
    assert result["lost"] == []
    assert result["integrity"] == []
    assert result["save_after_freeing"] == "ok"
