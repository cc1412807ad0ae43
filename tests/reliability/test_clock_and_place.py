"""Time-zone changes, daylight-saving changes and a clock going backwards never lose,
duplicate or reorder diary entries or doses.

Entries are instants (stored as UTC with the IANA zone they were logged in); planned dose
days are calendar dates, so travelling or a clock change can't move a dose to another day.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.domain.clock import FixedClock
from tracker.domain.symptoms import SymptomRating
from tracker.services import diary, timeline

LONDON, NEW_YORK, TOKYO = ZoneInfo("Europe/London"), ZoneInfo("America/New_York"), ZoneInfo("Asia/Tokyo")


def _log(journal, clock, note: str, when: datetime | None = None) -> int:
    return diary.log_symptoms(journal, [SymptomRating("fatigue", severity=1)], entered_by=None,
                              occurred_at=when or clock.now(), clock=clock, note=note).log_id


def _timeline(journal) -> list[timeline.TimelineItem]:
    """Every symptom log, newest first, through the Diary's own paging (small pages)."""
    items, cursor = [], None
    flt = timeline.TimelineFilter(kinds=frozenset({timeline.SYMPTOMS}))
    while True:
        page = timeline.page(journal, flt, after=cursor, limit=3)
        items += page.items
        if page.next_cursor is None:
            return items
        cursor = page.next_cursor


def _assert_complete_and_ordered(journal, expected: dict[int, datetime]) -> None:
    items = _timeline(journal)
    ids = [item.id for item in items]
    assert len(ids) == len(set(ids)), "an entry appears twice"
    assert set(ids) == set(expected), "an entry is missing or unexpected"
    for item in items:
        assert item.occurred_at == expected[item.id]
    keys = [(item.occurred_at, item.id) for item in items]
    assert keys == sorted(keys, reverse=True), "entries are out of order"


def test_travelling_across_time_zones_keeps_every_entry_in_order(journal):
    clock = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=LONDON))
    expected = {}
    for zone, note in ((LONDON, "home"), (NEW_YORK, "landed"), (TOKYO, "further"), (LONDON, "back")):
        clock = FixedClock(clock.now().astimezone(zone) + timedelta(hours=9), zone)
        log_id = _log(journal, clock, note)
        expected[log_id] = clock.now()
        detail = diary.get_log(journal, log_id)
        # Shown later at the wall-clock time and zone it was logged in.
        assert detail.tz == zone.key
        assert detail.occurred_at.utcoffset() == clock.now().utcoffset()
        assert detail.occurred_at.replace(tzinfo=None) == clock.now().replace(tzinfo=None)
    _assert_complete_and_ordered(journal, expected)


def test_the_repeated_hour_when_clocks_go_back_holds_two_distinct_entries(journal):
    first = datetime(2026, 10, 25, 1, 30, tzinfo=LONDON, fold=0)  # 01:30 BST
    second = datetime(2026, 10, 25, 1, 30, tzinfo=LONDON, fold=1)  # 01:30 GMT, an hour later
    assert second - first == timedelta(0) and second.timestamp() - first.timestamp() == 3600
    clock = FixedClock(datetime(2026, 10, 25, 3, 0, tzinfo=LONDON))
    a = _log(journal, clock, "first 01:30", first)
    b = _log(journal, clock, "second 01:30", second)
    _assert_complete_and_ordered(journal, {a: first.astimezone(ZoneInfo("UTC")), b: second.astimezone(ZoneInfo("UTC"))})
    assert diary.get_log(journal, a).occurred_at.utcoffset() == timedelta(hours=1)
    assert diary.get_log(journal, b).occurred_at.utcoffset() == timedelta(0)


def test_the_missing_hour_when_clocks_go_forward(journal):
    before = datetime(2026, 3, 29, 0, 59, tzinfo=LONDON)  # GMT
    after = datetime(2026, 3, 29, 2, 1, tzinfo=LONDON)  # BST: two minutes later
    assert after.timestamp() - before.timestamp() == 120
    clock = FixedClock(datetime(2026, 3, 29, 8, 0, tzinfo=LONDON))
    b = _log(journal, clock, "after", after)  # saved in the other order on purpose
    a = _log(journal, clock, "before", before)
    _assert_complete_and_ordered(journal, {a: before, b: after})


def test_clock_going_backwards_loses_and_overwrites_nothing(journal):
    clock = FixedClock(datetime(2026, 5, 4, 12, 0, tzinfo=LONDON))
    expected = {}
    first = _log(journal, clock, "at noon")
    expected[first] = clock.now()
    snapshot = diary.get_log(journal, first)
    clock.advance(hours=-3)  # the computer's clock is corrected backwards
    second = _log(journal, clock, "three hours 'earlier'")
    expected[second] = clock.now()
    clock.advance(hours=-24)
    third = _log(journal, clock, "a day 'earlier'")
    expected[third] = clock.now()
    assert len({first, second, third}) == 3
    assert diary.get_log(journal, first) == snapshot
    _assert_complete_and_ordered(journal, expected)


# -- doses -------------------------------------------------------------------------------

@pytest.fixture
def daily_tablet(journal):
    from tracker.services import plan

    line = plan.add_line(journal, name="Letrozole", start=date(2026, 3, 1))
    return plan.add_regimen_drug(journal, line.id, drug_id="letrozole", start=date(2026, 3, 1),
                                 pattern={"kind": "cycle_days", "length": 28, "days": list(range(1, 29))},
                                 times=["09:00"])


def test_dose_days_do_not_move_with_time_zone_or_daylight_saving(journal, daily_tablet):
    from tracker.services import doses

    window = (date(2026, 3, 26), date(2026, 4, 2))
    planned_days = [d.day for d in doses.doses_between(journal, *window)]
    assert planned_days == [window[0] + timedelta(days=i) for i in range(8)]
    ticks = [  # (clock, planned day): before DST, on the DST day, after flying to New York, in Tokyo
        (FixedClock(datetime(2026, 3, 28, 9, 5, tzinfo=LONDON)), date(2026, 3, 28)),
        (FixedClock(datetime(2026, 3, 29, 9, 5, tzinfo=LONDON)), date(2026, 3, 29)),
        (FixedClock(datetime(2026, 3, 30, 21, 0, tzinfo=NEW_YORK), NEW_YORK), date(2026, 3, 30)),
        (FixedClock(datetime(2026, 3, 31, 8, 0, tzinfo=TOKYO), TOKYO), date(2026, 3, 31)),
    ]
    for clock, day in ticks:
        doses.record(journal, clock, (daily_tablet.id, day, 0), doses.TAKEN, entered_by_id=None)
    after = doses.doses_between(journal, *window)
    assert [d.day for d in after] == planned_days
    taken = {d.day for d in after if d.status == doses.TAKEN}
    assert taken == {day for _, day in ticks}


def test_dose_ticked_again_after_the_clock_went_back_is_not_duplicated(journal, daily_tablet):
    from tracker.services import doses

    day = date(2026, 4, 6)
    clock = FixedClock(datetime(2026, 4, 6, 10, 0, tzinfo=LONDON))
    doses.record(journal, clock, (daily_tablet.id, day, 0), doses.TAKEN, entered_by_id=None)
    clock.advance(hours=-1)
    doses.record(journal, clock, (daily_tablet.id, day, 0), doses.TAKEN, entered_by_id=None)
    events = doses.events_between(journal, day, day)
    assert list(events) == [(daily_tablet.id, day, 0)]
    assert [d.status for d in doses.doses_between(journal, day, day)] == [doses.TAKEN]


def test_app_started_in_other_time_zones_keeps_every_entry(data_dir, journal, tmp_path, kill_runner):
    """Each save runs in a fresh process with TZ set (the app restarted after travelling)."""
    import _faults

    journal_id = journal.journal_id
    journal.close()
    zones = ["Europe/London", "America/New_York", "Asia/Tokyo", "Australia/Lord_Howe", "Europe/London"]
    saved = []
    for i, zone in enumerate(zones):
        req = {"job": "tz_save", "tz": zone, "note": f"tz {i}", "data_dir": str(data_dir),
               "journal_id": journal_id, "passphrase": _faults.PASSPHRASE, "out": str(tmp_path / "out.txt")}
        code, lines = kill_runner.run(req, kill_when=lambda lines: False, until_exit=True)
        assert code == 0 and lines[-1].startswith("done"), lines
        _, log_id, reported_zone = lines[-1].split()
        assert reported_zone == zone
        saved.append((int(log_id), zone))
    from tracker.services.journals import unlock

    reopened = unlock(data_dir, journal_id, _faults.PASSPHRASE)
    try:
        items = _timeline(reopened)
        assert [item.id for item in reversed(items)] == [log_id for log_id, _ in saved]
        assert [item.tz for item in reversed(items)] == zones
    finally:
        reopened.close()
