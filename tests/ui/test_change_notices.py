"""Change notices are typed: views say what changed with a `Change`, never a loose string."""

import re
from pathlib import Path

import pytest

from tracker.ui.context import Change, JournalEvents

ROOT = Path(__file__).resolve().parents[2]


def test_notify_sends_each_kind_and_refuses_a_string(qtbot):
    events = JournalEvents()
    got = []
    events.changed.connect(got.append)
    events.notify(Change.DIARY, Change.DOSES)
    assert got == [Change.DIARY, Change.DOSES]
    with pytest.raises(TypeError):
        events.notify("diary")  # type: ignore[arg-type]


def test_no_code_sends_a_change_without_notify():
    found = []
    for folder in ("tracker", "tests"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            for number, line in enumerate(text.splitlines(), 1):
                if re.search(r"events\.changed\.emit\(", line):
                    found.append(f"{path.relative_to(ROOT)}:{number}")
    assert found == [], "use ctx.events.notify(Change.X): " + ", ".join(found)
