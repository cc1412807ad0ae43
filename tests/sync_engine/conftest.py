"""Fixtures for the sync engine tests: two real Syncthing instances on 127.0.0.1."""

from __future__ import annotations

import pytest
from sync_engine.syncthing import SyncthingPair, syncthing_binary


@pytest.fixture
def syncthing_pair(tmp_path):
    """Two connected Syncthing instances sharing one folder (`pair.a.folder`, `pair.b.folder`).

    Both processes are stopped at teardown, whether the test passed or not."""
    binary = syncthing_binary()
    if binary is None:
        pytest.skip("the Debian package 'syncthing' is not installed (scripts/test installs it)")
    pair = SyncthingPair(tmp_path / "syncthing", binary)
    try:
        pair.start()
        yield pair
    finally:
        pair.stop()
