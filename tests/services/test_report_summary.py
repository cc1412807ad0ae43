"""Clinic summary content (no Qt): sections, tables, facts, images, escaping, RTL, progress."""

from __future__ import annotations

import struct
from datetime import UTC, date, datetime

import pytest

from tracker.domain.errors import OperationCancelled
from tracker.services.reports.clinic_summary import IMAGE_WIDTH, build_clinic_summary
from tracker.services.reports.data import (
    ChartData,
    DoseDay,
    LabSeries,
    Note,
    PlanStatus,
    Question,
    ReportData,
    SymptomPoint,
    SymptomSeries,
    TreatmentBand,
    ValuePoint,
)
from tracker.services.reports.sample import sample_report_data
from tracker.services.reports.strings import ReportStrings

TODAY = date(2026, 3, 10)


def _at(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, 12, tzinfo=UTC)


def _data(**kw) -> ReportData:
    charts = ChartData(
        symptoms=[SymptomSeries("nausea", "Nausea", (SymptomPoint(_at(date(2026, 2, 20)), 1), SymptomPoint(_at(date(2026, 3, 5)), 3)))],
        labs=[LabSeries("neutrophils", "Neutrophils", "×10⁹/L", (ValuePoint(_at(date(2026, 3, 4)), 1.4),), 2.0, 7.5, "count"),
              LabSeries("ca15_3", "CA 15-3", "U/mL", (ValuePoint(_at(date(2026, 3, 4)), 41.0),), None, 30.0, "marker")],
        bands=[TreatmentBand(1, "Letrozole", date(2025, 1, 1), date(2026, 3, 1)), TreatmentBand(2, "Capecitabine", date(2026, 3, 2), None)],
        doses=[DoseDay(date(2026, 2, 20), "Letrozole", "missed"), DoseDay(date(2026, 3, 2), "Capecitabine", "missed"),
               DoseDay(date(2026, 3, 3), "Capecitabine", "held"), DoseDay(date(2026, 3, 4), "Capecitabine", "taken")],
    )
    base = dict(date_from=date(2026, 3, 1), date_to=TODAY, charts=charts, patient_name="Alex", last_appointment=date(2026, 3, 1),
                plan=PlanStatus(2, "Capecitabine", date(2026, 3, 1), ("Capecitabine",), 1, 10, 21),
                questions=[Question("Is <this> & that normal?")], notes=[Note(date(2026, 3, 6), "Line one\nLine <two>")])
    base.update(kw)
    return ReportData(**base)


def test_sections_and_facts():
    html = build_clinic_summary(_data()).html
    for text in ("Clinic summary", "1 Mar 2026 to 10 Mar 2026", "Line 2: Capecitabine", "Cycle 1, day 10 of 21",
                 "What the team changed since the last appointment (1 Mar 2026)", "Started line 2: Capecitabine on 2 Mar 2026.",
                 "Line 1: Letrozole ended on 1 Mar 2026. Reason: other reason.",
                 "Planned doses up to 10 Mar 2026: 1 taken, 1 missed, 1 held by the team, 0 not recorded.",
                 "Nausea worse: 1 Mild before, up to 3 Severe since (patient-reported).", "Symptoms (patient-reported)",
                 "up to 30 U/mL", "2–7.5 ×10⁹/L", ">High<", ">Low<", "My questions", "My notes"):
        assert text in html, text
    # Only doses inside the period, never taken ones.
    assert html.count(">Missed<") == 1 and "20 Feb 2026" not in html.split("Anti-cancer medicines: doses")[1].split("</table>")[0]


def test_user_text_is_escaped():
    html = build_clinic_summary(_data()).html
    assert "Is &lt;this&gt; &amp; that normal?" in html
    assert "Line one<br>Line &lt;two&gt;" in html
    assert "<this>" not in html


def test_charts_are_png_at_150_dpi_with_explicit_sizes():
    report = build_clinic_summary(sample_report_data(TODAY, years=1))
    assert set(report.images) == {"doses.png", "symptoms.png", "measurements.png", "labs-marker.png", "labs-count.png"}
    for name, png in report.images.items():
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width_px = struct.unpack(">I", png[16:20])[0]
        w, h = report.image_sizes[name]
        assert w == IMAGE_WIDTH and f'src="{name}" width="{w}" height="{h}"' in report.html
        assert width_px >= 8 * 150  # 8-inch figures at 150 dpi
        assert abs(width_px / w - struct.unpack(">I", png[20:24])[0] / h) < 0.05  # aspect kept


def test_no_appointment_and_empty_period_say_so():
    data = _data(last_appointment=None, charts=ChartData(), questions=[], notes=[], plan=PlanStatus())
    html = build_clinic_summary(data).html
    assert "What the team changed in this period" in html and "No change to the treatment was recorded in this period." in html
    assert "No symptoms were logged in this period." in html and "No results were recorded in this period." in html
    assert "No blood results have been recorded." in html and "No anti-cancer doses were planned in this period." in html
    assert "No current line of treatment recorded." in html
    assert "My questions" not in html and "<img" not in html


def test_right_to_left_mirrors_tables_and_isolates_values():
    strings = ReportStrings(rtl=True)
    html = build_clinic_summary(_data(diagnosis=[("Receptor status", "ER+ HER2−")]), strings).html
    assert '<html dir="rtl">' in html and '<body dir="rtl">' in html
    assert "\u2068ER+ HER2−\u2069" in html
    header = html.split("Anti-cancer medicines: doses")[1].split("</tr>")[0]
    assert header.index("What happened") < header.index("Medicine") < header.index("Date")


def test_progress_reported_and_cancel_stops():
    seen = []
    build_clinic_summary(_data(), progress=lambda done, total, label: seen.append((done, total)))
    assert seen and seen == sorted(seen) and all(d < t for d, t in seen)

    def cancel(done, total, label):
        if done >= 2:
            raise OperationCancelled()

    with pytest.raises(OperationCancelled):
        build_clinic_summary(_data(), progress=cancel)


def test_symptoms_only_rated_none_are_listed_in_one_line():
    charts = ChartData(symptoms=[
        SymptomSeries("nausea", "Nausea", (SymptomPoint(_at(date(2026, 3, 5)), 2),)),
        SymptomSeries("rash", "Rash", (SymptomPoint(_at(date(2026, 3, 5)), 0),)),
        SymptomSeries("cough", "Cough", (SymptomPoint(_at(date(2026, 3, 6)), 0),)),
    ])
    html = build_clinic_summary(_data(charts=charts)).html
    table = html.split("Symptoms (patient-reported)</h2>")[1].split("</table>")[0]
    assert "Nausea" in table and "Rash" not in table
    assert "Logged and rated none (0) every time: Cough, Rash." in html


def _page1(html: str) -> str:
    """The part of the summary before the detail (dose calendar, other medicines, tables)."""
    return html.split("My questions")[0]


def test_not_recorded_is_never_reported_as_not_missed():
    doses = [DoseDay(date(2026, 3, d), "Letrozole", "unrecorded") for d in range(1, 7)]
    doses += [DoseDay(date(2026, 3, d), "Letrozole", "taken") for d in range(7, 10)]
    html = build_clinic_summary(_data(charts=ChartData(doses=doses))).html
    assert "6 doses not recorded: nobody marked them taken or missed (Letrozole 6, 1 Mar 2026 to 6 Mar 2026)." in html
    assert "3 taken, 6 not recorded" in html
    assert "No doses were missed" not in html and "were marked taken" not in html


def test_all_taken_says_so():
    doses = [DoseDay(date(2026, 3, d), "Letrozole", "taken") for d in range(1, 10)]
    html = build_clinic_summary(_data(charts=ChartData(doses=doses))).html
    assert "All 9 planned doses were marked taken." in html


def test_supportive_medicines_take_one_line_on_page_one_and_are_listed_later():
    doses = [DoseDay(date(2026, 3, 2), "Fulvestrant", "missed")]
    doses += [DoseDay(date(2026, 3, d), "Paracetamol", "missed", anti_cancer=False) for d in range(1, 9)]
    doses += [DoseDay(date(2026, 3, 9), "Vitamin D", "unrecorded", anti_cancer=False)]
    html = build_clinic_summary(_data(charts=ChartData(doses=doses))).html
    first = _page1(html)
    assert "Fulvestrant" in first and "Paracetamol" not in first
    assert "Other medicines (supportive, or typed by hand): 0 taken, 8 missed, 1 not recorded." in first
    later = html.split("Other medicines: doses not taken</h2>")[1]
    assert later.count("Paracetamol") == 8 and "Vitamin D 1, 9 Mar 2026 to 9 Mar 2026" in later


def test_every_scale_and_carer_entries_are_reported():
    charts = ChartData(symptoms=[
        SymptomSeries("diarrhoea:frequency", "Diarrhoea (how often)", (SymptomPoint(_at(date(2026, 3, 5)), 3, "Sam"),), "frequency"),
        SymptomSeries("fatigue:interference", "Fatigue (effect on daily life)", (SymptomPoint(_at(date(2026, 3, 5)), 2),), "interference"),
    ])
    html = build_clinic_summary(_data(charts=charts)).html
    first = _page1(html)
    assert ("Diarrhoea (how often) reported for the first time, up to 3 Frequently (patient-reported). "
            "Some ratings reported by carer (Sam).") in first
    assert "Fatigue (effect on daily life) reported for the first time, up to 2 Somewhat" in first
    table = html.split("Symptoms (patient-reported)</h2>")[1].split("</table>")[0]
    assert "3 Frequently" in table and "reported by carer (Sam)" in table


def test_team_changes_with_reasons_and_notes():
    from tracker.services.reports.data import TeamChange

    bands = [TreatmentBand(1, "Letrozole + palbociclib", date(2025, 3, 4), date(2026, 3, 3), "progression")]
    changes = [TeamChange(date(2026, 3, 2), "delay", "Palbociclib", days=7, notes="Neutrophils low"),
               TeamChange(date(2026, 3, 5), "reduce", "Capecitabine", dose_text="1500 mg twice a day")]
    html = build_clinic_summary(_data(charts=ChartData(bands=bands), changes=changes)).html
    first = _page1(html)
    assert "Palbociclib: delayed by 7 days from 2 Mar 2026.<br><i>Note: Neutrophils low</i>" in first
    assert "Line 1: Letrozole + palbociclib ended on 3 Mar 2026. Reason: the cancer grew (progression)." in first
    assert "Capecitabine: dose changed from 5 Mar 2026 to 1500 mg twice a day." in first


def test_latest_results_are_shown_with_their_date_even_before_the_period():
    ca = LabSeries("ca15_3", "CA 15-3", "U/mL", (ValuePoint(_at(date(2026, 2, 25)), 52.0),), None, 30.0, "marker")
    html = build_clinic_summary(_data(charts=ChartData(), latest_labs=[(ca, ca.points[0])])).html
    first = _page1(html)
    assert "Latest blood results" in first and "25 Feb 2026<br><i>before this period</i>" in first and "52.0 U/mL" in first


def test_made_on_is_the_day_it_was_made():
    html = build_clinic_summary(_data(made_on=date(2026, 3, 12))).html
    first = _page1(html)
    assert "1 Mar 2026 to 10 Mar 2026" in first and "Made on 12 Mar 2026" in first and "10 Mar 2026 with" not in html
    assert html.count("<h1>") == 1


def test_a_temperature_a_carer_entered_says_so():
    from tracker.services.reports.data import MeasurementSeries

    temps = MeasurementSeries("temperature", "Temperature", "°C", (ValuePoint(_at(date(2026, 3, 4)), 38.4, "Sam"),))
    html = build_clinic_summary(_data(charts=ChartData(measurements=[temps]))).html
    assert "Highest temperature 38.4 °C on 4 Mar 2026. Reported by carer (Sam)." in _page1(html)
