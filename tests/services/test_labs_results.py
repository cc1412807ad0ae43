from datetime import date, timedelta

import pytest

from tracker.domain.errors import ValidationError
from tracker.services import labs, questions
from tracker.services.labs import LabInput, ScanInput


def test_lab_round_trip_and_history(journal, clock):
    day = clock.today() - timedelta(days=10)
    lab_id = labs.add_lab_result(journal, LabInput("cea", 4.2, "µg/L", day, "0", "5"), None, clock)
    info = labs.get_lab_result(journal, lab_id)
    assert (info.value, info.unit, info.ref_low, info.ref_high, info.taken_on) == (4.2, "µg/L", "0", "5", day)
    labs.update_lab_result(journal, lab_id, LabInput("cea", 5.1, "µg/L", day), clock)
    assert [r.value for r in labs.lab_history(journal, "cea")] == [5.1]


@pytest.mark.parametrize("lab,field", [
    (LabInput("cea", -1, "", date(2026, 3, 1)), "value"),
    (LabInput("nope", 1, "", date(2026, 3, 1)), "test"),
    (LabInput("other", 1, "", date(2026, 3, 1)), "test_label"),
    (LabInput("cea", 1, "", date(2026, 3, 11)), "taken_on"),
])
def test_lab_refused(journal, clock, lab, field):
    with pytest.raises(ValidationError) as info:
        labs.add_lab_result(journal, lab, None, clock)
    assert info.value.field == field


def test_scans_and_questions(journal, clock):
    scan_id = labs.add_scan(journal, ScanInput(" CT chest ", clock.today(), "Stable"), None, clock)
    assert labs.get_scan(journal, scan_id).scan_type == "CT chest"
    with pytest.raises(ValidationError):
        labs.add_scan(journal, ScanInput("", clock.today()), None, clock)
    q1 = questions.add_question(journal, "Is my calcium OK?", None, clock)
    q2 = questions.add_question(journal, "Can I have the flu jab?", None, clock)
    questions.update_question(journal, q1, "Is my calcium OK?", asked=True, answered=True, answer="Yes")
    assert [q.id for q in questions.open_questions(journal)] == [q2]
    with pytest.raises(ValidationError):
        questions.add_question(journal, "   ", None, clock)
