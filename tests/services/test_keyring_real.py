"""'Remember on this computer' against a real Secret Service (gnome-keyring on a private D-Bus).

Skipped, with the reason, where dbus-run-session or gnome-keyring-daemon is not installed
(scripts/test installs both on Debian).
"""

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from tracker.services import keyring_store

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from tracker.services import journals, keyring_store

    status = keyring_store.status()
    assert status.available, status.reason
    data_dir = Path(sys.argv[1])
    created = journals.create_journal(data_dir, "Keyring test", "correct horse battery staple")
    jid = created.journal.journal_id
    assert not keyring_store.is_remembered(jid)
    keyring_store.remember(created.journal)
    created.journal.close()
    reopened = keyring_store.unlock_from_keyring(data_dir, jid)
    assert reopened is not None and reopened.is_open
    reopened.close()
    keyring_store.forget(jid, data_dir)
    assert keyring_store.unlock_from_keyring(data_dir, jid) is None
    print("KEYRING-OK")
    """
)


@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon (Debian packages dbus, gnome-keyring)",
)
def test_remember_on_this_computer_with_real_secret_service(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"), XDG_RUNTIME_DIR=str(tmp_path))
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    inner = (
        "printf 'test-keyring-password' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
        f"exec {sys.executable} {script} {tmp_path / 'data'}"
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", inner], env=env, capture_output=True, text=True, timeout=120
    )
    assert "KEYRING-OK" in result.stdout, result.stderr[-2000:]


def test_without_a_secure_backend_the_option_is_unavailable_with_a_reason(monkeypatch):
    # The suite runs with keyring's "fail" backend (tests/conftest.py).
    status = keyring_store.status()
    assert not status.available
    assert "password store" in status.reason
