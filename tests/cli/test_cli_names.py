"""Issue 13, item 9: journal names are printed, never obeyed, by the terminal."""

from __future__ import annotations

from tracker.cli.common import printable
from tracker.cli.main import run_cli
from tracker.services import journals

EVIL = "Ana\x1b]0;owned\x07\x1b[2J\u202eevil\r\nfake line"


def test_control_characters_are_escaped():
    assert printable("Ana") == "Ana"
    assert printable("Zoë ☀ ناهید می\u200cخواهد") == "Zoë ☀ ناهید می\u200cخواهد"  # ZWNJ stays
    text = printable(EVIL)
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text and "\n" not in text
    assert text.startswith("Ana\\x1b]0;owned\\x07\\x1b[2J\\u202eevil\\x0d\\x0afake line")


def test_list_prints_escaped_names(data_dir, capsys):
    # New names with control characters are refused (issue 14); a key file written by an
    # older version may still hold one, and the list must not let the terminal obey it.
    from tracker.storage import keyslots

    journal = journals.create_journal(data_dir, "Ana", "correct horse battery staple").journal
    key_file = keyslots.load(journal.paths)
    key_file.display_name = EVIL
    key_file.save(journal.paths)
    journal.close()
    assert run_cli(["list"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out
    assert out.count("\n") == 1  # one journal, one line
    assert "\\x1b]0;owned" in out


def test_renaming_refuses_what_a_new_name_refuses(journal):
    import pytest

    from tracker.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        journals.rename_journal(journal, EVIL)
