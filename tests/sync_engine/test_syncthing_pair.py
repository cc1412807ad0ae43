"""The Syncthing harness itself, proven with plain files shaped like the shared folder's.

Issue 18's end-to-end test runs on this harness: two real Syncthing instances on 127.0.0.1,
each with its own home and folder. Here: a bundle written on one side arrives identical on the
other (both ways), both sides writing at once converge, and a `.tmp-` file being written is
never sent.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from sync_engine.scan import files_containing
from sync_engine.syncthing import FOLDER_ID, SyncthingPair, tree_digest

COMPUTER_A = "0123456789abcdef"
COMPUTER_B = "fedcba9876543210"


def write_atomically(folder: Path, rel_path: str, data: bytes) -> None:
    """As Treatment Journey writes a bundle: a `.tmp-` file, fsync, rename, fsync the folder."""
    target = folder / rel_path
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = target.parent / f".tmp-{os.urandom(4).hex()}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, target)
    dir_fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def bundle(computer_id: str, seq: int) -> str:
    return f"{computer_id}/{seq:08d}.bundle"


def test_the_pair_talks_only_to_itself_and_its_files_show_what_it_shares(syncthing_pair: SyncthingPair):
    for inst in syncthing_pair:
        status = inst.get("/rest/system/status")
        assert list(status["connectionServiceStatus"]) == [f"tcp://127.0.0.1:{inst.listen_port}"]
        assert status["guiAddressUsed"] == f"127.0.0.1:{inst.gui_port}"
        assert "discoveryStatus" not in status  # present only while discovery runs
        options = inst.get("/rest/config/options")
        assert options["globalAnnounceEnabled"] is False
        assert options["localAnnounceEnabled"] is False
        assert options["relaysEnabled"] is False
        assert options["natEnabled"] is False
        assert options["urAccepted"] == -1
        assert options["autoUpgradeIntervalH"] == 0
        assert options["crashReportingEnabled"] is False
        assert str(inst.home).startswith(str(syncthing_pair.base))
        folders = inst._request("GET", "/rest/config/folders", 5.0)
        assert [(f["id"], f["path"]) for f in folders] == [(FOLDER_ID, str(inst.folder))]

    # What Syncthing shares is recorded in its home (index database): a marker in a file name
    # is found there on both sides, so the end-to-end privacy check could see a leak.
    marker = "Quokka-Marker-Name"
    write_atomically(syncthing_pair.a.folder, f"{COMPUTER_A}/{marker}.bundle", os.urandom(100))
    syncthing_pair.wait_file(f"{COMPUTER_A}/{marker}.bundle")
    for inst in syncthing_pair:
        in_home = files_containing(inst.home, [marker])
        assert in_home, f"{inst.name}: the file name is nowhere in {inst.home}"
        assert all(p.is_relative_to(inst.home) for p in in_home)


def test_a_bundle_written_on_one_computer_arrives_identical_on_the_other(syncthing_pair):
    a, b = syncthing_pair.a, syncthing_pair.b
    from_a, from_b = os.urandom(3000), os.urandom(5000)  # ciphertext-like

    write_atomically(a.folder, bundle(COMPUTER_A, 1), from_a)
    syncthing_pair.wait_file(bundle(COMPUTER_A, 1))
    assert (b.folder / bundle(COMPUTER_A, 1)).read_bytes() == from_a

    write_atomically(b.folder, bundle(COMPUTER_B, 1), from_b)
    syncthing_pair.wait_file(bundle(COMPUTER_B, 1))
    assert (a.folder / bundle(COMPUTER_B, 1)).read_bytes() == from_b

    syncthing_pair.wait_synced()
    assert tree_digest(a.folder) == tree_digest(b.folder)
    assert set(tree_digest(a.folder)) == {bundle(COMPUTER_A, 1), bundle(COMPUTER_B, 1)}


def test_both_computers_writing_at_once_converge(syncthing_pair):
    a, b = syncthing_pair.a, syncthing_pair.b
    count = 5
    written: dict[str, bytes] = {}
    start = threading.Barrier(2)

    def writer(folder: Path, computer_id: str) -> None:
        start.wait()
        for seq in range(1, count + 1):
            data = os.urandom(1000 + seq)
            written[bundle(computer_id, seq)] = data
            write_atomically(folder, bundle(computer_id, seq), data)

    threads = [threading.Thread(target=writer, args=(a.folder, COMPUTER_A)),
               threading.Thread(target=writer, args=(b.folder, COMPUTER_B))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    syncthing_pair.wait_synced(
        predicate=lambda: all((f / rel).is_file() for f in (a.folder, b.folder) for rel in written))
    for folder in (a.folder, b.folder):
        assert {rel: (folder / rel).read_bytes() for rel in written} == written
        assert set(tree_digest(folder)) == set(written)  # nothing else: no conflict copies


def test_a_file_being_written_is_not_sent(syncthing_pair):
    a, b = syncthing_pair.a, syncthing_pair.b
    # A writer's temp file, left behind (as after a crash), next to a finished bundle on each side.
    for inst, computer_id in ((a, COMPUTER_A), (b, COMPUTER_B)):
        (inst.folder / computer_id).mkdir(mode=0o700)
        (inst.folder / computer_id / ".tmp-unfinished").write_bytes(b"half a bundle")
        write_atomically(inst.folder, bundle(computer_id, 1), os.urandom(2000))

    # Both finished bundles arrive (the temp files sat in the same folders, scanned with them).
    syncthing_pair.wait_synced(predicate=lambda: all(
        (f / bundle(c, 1)).is_file() for f in (a.folder, b.folder) for c in (COMPUTER_A, COMPUTER_B)))

    assert not (b.folder / COMPUTER_A / ".tmp-unfinished").exists()
    assert not (a.folder / COMPUTER_B / ".tmp-unfinished").exists()
    for inst in syncthing_pair:
        assert inst.global_names() == sorted(
            [COMPUTER_A, bundle(COMPUTER_A, 1), COMPUTER_B, bundle(COMPUTER_B, 1)])
    # The ignore line is Syncthing's own: each folder keeps it, it is never synced.
    for inst in syncthing_pair:
        assert (inst.folder / ".stignore").read_text(encoding="utf-8") == ".tmp-*\n"
