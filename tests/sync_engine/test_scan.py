"""The privacy scan finds a marker however it was written, and nothing where it is absent."""

from __future__ import annotations

import os

import pytest
from sync_engine.scan import files_containing

MARKER = "Zebrafish-Ointment-7"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be", "utf-16"])
def test_a_marker_in_any_encoding_is_found(tmp_path, encoding):
    (tmp_path / "deep" / "er").mkdir(parents=True)
    hit = tmp_path / "deep" / "er" / "data.bin"
    hit.write_bytes(os.urandom(100) + f"note: {MARKER}!".encode(encoding) + os.urandom(100))
    (tmp_path / "clean.bin").write_bytes(os.urandom(5000))
    assert files_containing(tmp_path, [MARKER]) == [hit]


def test_a_marker_in_a_file_name_is_found_and_several_roots_are_scanned(tmp_path):
    first, second = tmp_path / "sync", tmp_path / "home"
    first.mkdir()
    second.mkdir()
    named = first / f"{MARKER}.bundle"
    named.write_bytes(b"ciphertext")
    inside = second / "index.log"
    inside.write_bytes(b"x" + "Second marker".encode("utf-16-le"))
    (second / "other").write_bytes(b"nothing here")
    assert files_containing([first, second], [MARKER, "Second marker"]) == sorted([named, inside])
    assert files_containing([first, second], ["absent"]) == []


def test_symbolic_links_are_not_followed(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(MARKER, encoding="utf-8")
    root = tmp_path / "root"
    root.mkdir()
    (root / "link").symlink_to(outside)
    assert files_containing(root, [MARKER]) == []


def test_a_missing_root_or_empty_marker_is_a_mistake_in_the_test(tmp_path):
    with pytest.raises(FileNotFoundError):
        files_containing(tmp_path / "nope", [MARKER])
    with pytest.raises(ValueError):
        files_containing(tmp_path, [""])
