"""Text that cannot be stored or shown is refused at every way in, with a plain message
naming the field, before anything is saved (a lone surrogate used to crash the save)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.domain.clock import FixedClock
from tracker.domain.errors import ValidationError
from tracker.domain.text import check_text

CLOCK = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/London")))
BAD = ["\ud800", "ok \udfff", "bell\x07", "nul\x00", "esc\x1b[0m", "del\x7f", "c1\x85"]
GOOD = ["", "Ann", "line\nbreak\r\n", "tab\there", "تهران\u200c\u200f", "\u202eflipped", "emoji 🙂", "é"]


@pytest.mark.parametrize("text", BAD)
def test_bad_text_is_refused_with_a_plain_message(text):
    with pytest.raises(ValidationError) as caught:
        check_text(text, "note")
    assert caught.value.field == "note"
    assert caught.value.message.endswith(".")
    assert text not in caught.value.message


@pytest.mark.parametrize("text", GOOD)
def test_ordinary_text_including_persian_and_line_breaks_is_kept(text):
    assert check_text(text, "note") == text


def _entry_points(journal):
    """(name, call with the bad text, how to count what was saved)."""
    from tracker.domain.measurements import Measurement
    from tracker.domain.symptoms import SymptomRating
    from tracker.services import appointments, care_team, diary, doses, labs, people, plan, questions

    line = plan.add_line(journal, name="Line", start=CLOCK.today() - timedelta(days=3))
    drug = plan.add_regimen_drug(journal, line.id, drug_id="letrozole", start=line.start, times=["08:00"],
                                 pattern={"kind": "interval", "every": 1, "unit": "days"})
    now = CLOCK.now()
    return [
        ("symptom note", lambda t: diary.log_symptoms(journal, [SymptomRating("nausea", severity=1, note=t)], None, now, CLOCK)),
        ("symptom location", lambda t: diary.log_symptoms(journal, [SymptomRating("bone_pain", severity=1, location=t)],
                                                          None, now, CLOCK)),
        ("log note", lambda t: diary.log_symptoms(journal, [SymptomRating("nausea", severity=1)], None, now, CLOCK, note=t)),
        ("measurement label", lambda t: diary.log_symptoms(journal, [Measurement("other", 5.0, "mmol/L", t)], None, now, CLOCK)),
        ("question", lambda t: questions.add_question(journal, t, None, CLOCK)),
        ("note", lambda t: questions.add_note(journal, t, None, now, CLOCK)),
        ("lab note", lambda t: labs.add_lab_result(journal, labs.LabInput("calcium", 2.4, "mmol/L", date(2026, 3, 1), note=t),
                                                   None, CLOCK)),
        ("lab unit", lambda t: labs.add_lab_result(journal, labs.LabInput("calcium", 2.4, t, date(2026, 3, 1)), None, CLOCK)),
        ("scan", lambda t: labs.add_scan(journal, labs.ScanInput(t, date(2026, 3, 1)), None, CLOCK)),
        ("appointment place", lambda t: appointments.add(journal, kind="clinic", starts_at=now, place=t)),
        ("carer name", lambda t: people.add_carer(journal, t)),
        ("patient name", lambda t: people.rename_patient(journal, t)),
        ("line name", lambda t: plan.add_line(journal, name=t, start=CLOCK.today())),
        ("line notes", lambda t: plan.add_line(journal, name="L", start=CLOCK.today(), notes=t)),
        ("drug name", lambda t: plan.add_regimen_drug(journal, line.id, drug_id="custom", display_name=t, start=line.start,
                                                      times=["08:00"], pattern={"kind": "interval", "every": 1, "unit": "days"})),
        ("dose text", lambda t: plan.add_regimen_drug(journal, line.id, drug_id="letrozole", dose_text=t, start=line.start,
                                                      times=["08:00"], pattern={"kind": "interval", "every": 1, "unit": "days"})),
        ("adjustment notes", lambda t: plan.add_adjustment(journal, drug.id, kind="hold", effective=CLOCK.today(), notes=t)),
        ("dose note", lambda t: doses.record(journal, CLOCK, (drug.id, CLOCK.today(), 0), "missed", entered_by_id=None, note=t)),
        ("care team", lambda t: care_team.save_care_team(journal, care_team.CareTeam(t, "0123 456789", []))),
    ]


def _counts(journal) -> dict[str, int]:
    from tracker.storage.models import Base

    with journal.connection() as conn:
        return {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in Base.metadata.tables}


def test_every_form_refuses_bad_text_and_saves_nothing(journal):
    points = _entry_points(journal)
    before = _counts(journal)
    for name, call in points:
        for text in ("\ud83d", "x\x1b"):
            with pytest.raises(ValidationError):
                call(text)
            assert _counts(journal) == before, name
    # ...and the same calls with ordinary text work (the test is not refusing everything).
    for name, call in points:
        call("Ordinary words, تهران") if name not in ("dose note",) else call("asleep")
    assert _counts(journal) != before
