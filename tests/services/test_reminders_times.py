"""The reminder times a locked app reminds from: instants and counts only, in memory or in an opt-in file."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tracker.domain.clock import FixedClock
from tracker.services import doses, plan, reminder_times, reminders


def add_two_drugs(journal):
    line = plan.add_line(journal, name="Line", start=date(2026, 3, 1))
    cape = plan.add_regimen_drug(journal, line.id, drug_id="capecitabine", times=["08:00", "20:00"], start=date(2026, 3, 1),
                                 pattern={"kind": "cycle_days", "length": 21, "days": list(range(1, 15))})
    plan.add_regimen_drug(journal, line.id, drug_id="letrozole", times=["08:00"], start=date(2026, 3, 1),
                          pattern={"kind": "cycle_days", "length": 28, "days": list(range(1, 29))})
    return cape


def test_times_are_instants_and_counts_of_open_doses_across_dst(journal, london):
    add_two_drugs(journal)
    clock = FixedClock(datetime(2026, 3, 27, 12, 0, tzinfo=london))  # British Summer Time starts on 29 March
    morning = [d for d in doses.today_list(journal, clock).today if d.at.hour == 8][0]
    doses.record(journal, clock, morning, doses.TAKEN, entered_by_id=None)
    times = reminder_times.compute(journal, clock)
    by_instant = {t.at: t.count for t in times.times}
    utc = UTC
    assert by_instant[datetime(2026, 3, 27, 8, 0, tzinfo=utc)] == 1  # one of the two 08:00 doses is marked
    assert by_instant[datetime(2026, 3, 27, 20, 0, tzinfo=utc)] == 1
    assert by_instant[datetime(2026, 3, 28, 8, 0, tzinfo=utc)] == 2  # two drugs at 08:00
    assert by_instant[datetime(2026, 3, 30, 7, 0, tzinfo=utc)] == 2  # 08:00 BST is 07:00 UTC
    assert max(by_instant) < datetime(2026, 4, 18, 0, 0, tzinfo=utc)  # three weeks ahead
    assert times.repeat_minutes == reminders.DEFAULT_REPEAT_MINUTES


def test_no_times_when_reminders_are_off(journal, clock):
    add_two_drugs(journal)
    reminders.save_settings(journal, reminders.ReminderSettings(enabled=False))
    assert reminder_times.compute(journal, clock).times == ()


def test_file_is_owner_only_names_no_drug_and_reads_back(journal, clock, data_dir):
    add_two_drugs(journal)
    times = reminder_times.compute(journal, clock)
    path = reminder_times.file_path(data_dir, journal.journal_id)
    assert path.parent == data_dir / "journals" / journal.journal_id  # beside the journal
    reminder_times.refresh_file(journal, data_dir, times)
    assert not path.exists()  # off unless she chooses it
    reminder_times.set_keeps_file(journal, True)
    reminder_times.refresh_file(journal, data_dir, times)
    text = path.read_text()
    assert path.stat().st_mode & 0o777 == 0o600
    for word in ("capecitabine", "letrozole", "Capecitabine", "Line", "mg"):
        assert word not in text
    assert reminder_times.load(path) == times
    reminder_times.set_keeps_file(journal, False)
    reminder_times.refresh_file(journal, data_dir, times)
    assert not path.exists() and reminder_times.load(path) is None


@pytest.mark.parametrize("text", ["", "{", '{"version": 2, "repeat_minutes": 15, "times": []}',
                                  '{"version": 1, "repeat_minutes": -1, "times": []}',
                                  '{"version": 1, "repeat_minutes": 15, "times": [["yesterday", 1]]}',
                                  '{"version": 1, "repeat_minutes": 15, "times": [["2026-03-10T08:00Z", 0]]}'])
def test_a_damaged_file_is_refused_in_plain_words(tmp_path, text):
    path = tmp_path / reminder_times.FILE_NAME
    path.write_text(text)
    with pytest.raises(reminder_times.ReminderTimesUnreadable) as raised:
        reminder_times.load(path)
    assert "unlock" in raised.value.message
    assert raised.value.detail in ("JSONDecodeError", "ValueError", "TypeError", "KeyError")  # no file content
