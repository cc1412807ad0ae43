"""The S1 journey, end to end through the services and the PDF: what page 1 of the clinic
summary tells the team.

Ana starts letrozole + palbociclib on 4 March 2024 (the day she starts the journal); the
team delays cycle 3 by a week (low neutrophils); a scan shows progression, line 1 ends on
21 July and fulvestrant + zoledronic acid (a bone agent) start the next day, with
paracetamol and vitamin D typed by hand. She ticks most doses but not all; one
fulvestrant injection is missed. Diarrhoea is rated by how often only, partly by her
partner Sam. The summary is made on 19 August 2024, since the clinic visit of 22 April.

Page 1 is rendered with pdftoppm and kept as tests/ui/reference/s1-page1.png: it is
reviewed by eye, never pixel-compared (refresh: TRACKER_UPDATE_REFERENCE=1).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdf
import pytest

from tracker.domain.clock import FixedClock
from tracker.domain.measurements import Measurement
from tracker.domain.symptoms import SymptomRating
from tracker.services import appointments, diary, doses, labs, people, plan, settings, start_day

LONDON = ZoneInfo("Europe/London")
REFERENCE = Path(__file__).parent / "reference" / "s1-page1.png"
START = date(2024, 3, 4)
LINE1_END = date(2024, 7, 21)
LINE2_START = date(2024, 7, 22)
TODAY = date(2024, 8, 19)
DAILY = {"kind": "interval", "every": 1, "unit": "days"}
PALBO = {"kind": "cycle_days", "length": 28, "days": list(range(1, 22))}
FULV = {"kind": "loading", "days": [1, 15, 29], "every": 28, "unit": "days"}
EVERY_4_WEEKS = {"kind": "interval", "every": 4, "unit": "weeks"}
#: Days nobody ticked anything (a week away, and the days after the scan).
UNTICKED = {START + timedelta(days=n) for n in range(63, 70)} | {date(2024, 7, 16), date(2024, 7, 17)}


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


def _clock(day: date, hour: int = 21) -> FixedClock:
    return FixedClock(_at(day, hour))


def build_s1(journal) -> FixedClock:
    ana = people.rename_patient(journal, "Ana Silva").id
    sam = people.add_carer(journal, "Sam", relation="partner").id
    start_day.set_started_on(journal, START)
    settings.set(journal, "diagnosis", [["Receptor status", "ER+ PR+ HER2−"], ["Spread", "bone, liver"]])
    for day, kind in ((START, "clinic"), (date(2024, 4, 22), "clinic"), (date(2024, 7, 15), "scan")):
        appointments.add(journal, kind=kind, starts_at=_at(day, 10), place="Oncology", entered_by_id=ana)

    line1 = plan.add_line(journal, name="Letrozole + palbociclib", start=START, entered_by_id=ana)
    plan.add_regimen_drug(journal, line1.id, drug_id="letrozole", pattern=DAILY, times=["08:00"], start=START,
                                  dose_text="2.5 mg once a day", entered_by_id=ana)
    palbo = plan.add_regimen_drug(journal, line1.id, drug_id="palbociclib", pattern=PALBO, times=["08:00"], start=START,
                                  dose_text="125 mg once a day, days 1–21", entered_by_id=ana)
    # Cycle 3 was due on 29 April; the team put it back a week.
    plan.add_adjustment(journal, palbo.id, kind="delay", effective=date(2024, 4, 29), days=7,
                        notes="Neutrophils 0.9 on 26 April", entered_by_id=ana)
    plan.end_line(journal, line1.id, last_day=LINE1_END, reason="progression")
    line2 = plan.add_line(journal, name="Fulvestrant + zoledronic acid", start=LINE2_START, entered_by_id=ana)
    for drug_id, pattern, times in (("fulvestrant", FULV, ["09:00"]), ("zoledronic_acid", EVERY_4_WEEKS, ["09:00"])):
        plan.add_regimen_drug(journal, line2.id, drug_id=drug_id, pattern=pattern, times=times, start=LINE2_START, entered_by_id=ana)
    plan.add_regimen_drug(journal, line2.id, drug_id="custom", display_name="Paracetamol", pattern=DAILY,
                          times=["08:00", "20:00"], start=LINE2_START, dose_text="1 g", entered_by_id=ana)
    plan.add_regimen_drug(journal, line2.id, drug_id="custom", display_name="Vitamin D", pattern=DAILY,
                          times=["08:00"], start=LINE2_START, entered_by_id=ana)

    clock = _clock(TODAY, 9)
    for dose in doses.doses_between(journal, START, TODAY - timedelta(days=1)):
        if dose.held_by_plan or dose.day in UNTICKED:
            continue
        if dose.name == "Paracetamol":
            if dose.day.day % 9 == 0:
                doses.record(journal, clock, dose, doses.MISSED, entered_by_id=ana, at=_at(dose.day, 22))
            continue  # mostly never ticked
        status = doses.MISSED if (dose.name == "fulvestrant" and dose.day == date(2024, 8, 5)) else doses.TAKEN
        if dose.name == "palbociclib" and dose.day == date(2024, 6, 12):
            status = doses.MISSED
        doses.record(journal, clock, dose, status, entered_by_id=ana, at=_at(dose.day, dose.at.hour, 30))

    # Symptoms: fatigue now and then; diarrhoea rated by how often only, new since April.
    for n, rating in enumerate((1, 1, 2)):
        day = START + timedelta(days=10 + 14 * n)
        diary.log_symptoms(journal, [SymptomRating("fatigue", severity=rating)], ana, _at(day, 20), _clock(day))
    for day, freq, who in ((date(2024, 5, 20), 1, ana), (date(2024, 6, 10), 2, ana), (date(2024, 6, 24), 3, sam),
                           (date(2024, 7, 30), 3, sam), (date(2024, 8, 12), 2, ana)):
        diary.log_symptoms(journal, [SymptomRating("diarrhoea", frequency=freq)], who, _at(day, 20), _clock(day))
    for day, rating in ((date(2024, 6, 3), 2), (date(2024, 7, 8), 3), (date(2024, 8, 10), 2)):
        diary.log_symptoms(journal, [SymptomRating("bone_pain", severity=rating, interference=rating)], ana, _at(day, 19), _clock(day))
    for day, value in ((date(2024, 3, 20), 36.7), (date(2024, 6, 14), 38.3), (date(2024, 6, 15), 37.4)):
        diary.log_symptoms(journal, [Measurement("temperature", value, "°C")], ana, _at(day, 18), _clock(day))

    # Results: tumour marker in the period; the last full blood count was before it.
    for day, value in ((date(2024, 3, 1), 48.0), (date(2024, 6, 28), 61.0), (date(2024, 8, 12), 57.0)):
        labs.add_lab_result(journal, labs.LabInput("ca15_3", value, "U/mL", day, ref_high="30"), ana, _clock(day))
    labs.add_lab_result(journal, labs.LabInput("neutrophils", 0.9, "×10⁹/L", date(2024, 4, 19), ref_low="2.0", ref_high="7.5"),
                        ana, _clock(date(2024, 4, 19)))
    return clock


@pytest.fixture
def s1_pdf(journal, qapp, tmp_path):
    from tracker.render.export_pdf import export_pdf

    clock = build_s1(journal)
    return export_pdf(journal, clock, tmp_path / "s1.pdf")


def _page_texts(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(str(path)).pages]


def test_page_one_tells_the_team_what_happened(s1_pdf):
    pages = _page_texts(s1_pdf)
    first = pages[0]
    for expected in (
        "Clinic summary", "22 Apr 2024 to 19 Aug 2024 Made on 19 Aug 2024", "Ana Silva", "ER+ PR+ HER2−",
        "Line 2: Fulvestrant + zoledronic acid",
        # What the team changed: the delay and why the line ended.
        "palbociclib: delayed by 7 days from 29 Apr 2024.", "Neutrophils 0.9 on 26 April",
        "Line 1: Letrozole + palbociclib ended on 21 Jul 2024. Reason: the cancer grew (progression).",
        "Started line 2: Fulvestrant + zoledronic acid on 22 Jul 2024.",
        # Anti-cancer doses counted every way; not recorded said plainly.
        "not recorded", "doses not recorded: nobody marked them taken or missed",
        # The frequency-only symptom, and who reported it.
        "Diarrhoea (how often)", "3 Frequently", "reported by carer (Sam)",
        "Highest temperature 38.3 °C on 14 Jun 2024.",
        # The last blood count, from before the period, with its date.
        "Latest blood results", "19 Apr 2024", "before this period",
    ):
        assert expected in first, expected
    # The one missed injection is listed on page 1; paracetamol's misses are counted in one
    # line there and listed later.
    assert "5 Aug 2024 fulvestrant Missed" in first
    assert "Paracetamol Missed" not in first and "Other medicines (supportive, or typed by hand)" in first
    assert "Paracetamol Missed" in " ".join(pages[1:])
    assert "No doses were missed" not in " ".join(pages)


def test_not_recorded_counts_match_the_doses(journal, s1_pdf):
    from tracker.services.reports import facts
    from tracker.services.reports.build import ReportOptions, collect_report_data

    data = collect_report_data(journal, _clock(TODAY, 9), ReportOptions())
    counts = facts.dose_counts(data, anti_cancer=True)
    # Letrozole and palbociclib on the unticked days inside the period (7 + 2 days).
    assert counts["unrecorded"] > 0 and counts["missed"] == 2
    assert f"{counts['unrecorded']} doses not recorded" in _page_texts(s1_pdf)[0]


def test_page_one_image_is_kept_for_review(s1_pdf, tmp_path):
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(s1_pdf), str(tmp_path / "p1")], check=True)
    image = tmp_path / "p1.png"
    assert image.stat().st_size > 20_000  # a page with text and tables, not blank
    if os.environ.get("TRACKER_UPDATE_REFERENCE") == "1":
        shutil.copyfile(image, REFERENCE)
    assert REFERENCE.exists(), "render it once with TRACKER_UPDATE_REFERENCE=1 and look at it"
