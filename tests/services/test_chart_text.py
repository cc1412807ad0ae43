"""The text view of a chart: rows with date, value, unit and who reported it; the summary
sentence; the clinic summary's chart pictures carry that sentence as alternative text."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

from tracker.services.charts.text import chart_rows, chart_summary
from tracker.services.reports.clinic_summary import build_clinic_summary
from tracker.services.reports.data import (
    ChartData,
    DoseDay,
    LabSeries,
    MeasurementSeries,
    ReportData,
    SymptomPoint,
    SymptomSeries,
    ValuePoint,
)

START, END = date(2026, 1, 1), date(2026, 3, 31)


def _at(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, 12, tzinfo=UTC)


def _data() -> ChartData:
    temps = (ValuePoint(_at(date(2025, 12, 20)), 39.9), ValuePoint(_at(date(2026, 1, 5)), 36.8),
             ValuePoint(_at(date(2026, 2, 1)), 38.5, "Sam"), ValuePoint(_at(date(2026, 3, 1)), 37.1))
    return ChartData(
        symptoms=[SymptomSeries("nausea", "Nausea", (SymptomPoint(_at(date(2026, 1, 10)), 1), SymptomPoint(_at(date(2026, 2, 10)), 3, "Sam"),
                                                     SymptomPoint(_at(date(2026, 3, 10)), 2))),
                  SymptomSeries("fatigue", "Fatigue", (SymptomPoint(_at(date(2026, 1, 2)), 2),))],
        measurements=[MeasurementSeries("temperature", "Temperature", "°C", temps)],
        labs=[LabSeries("ca15_3", "CA 15-3", "U/mL", (ValuePoint(_at(date(2026, 2, 3)), 41.0),), None, 30.0, "marker")],
        doses=[DoseDay(date(2026, 1, 1) + timedelta(days=i), "Letrozole", "missed" if i in (3, 9) else "taken") for i in range(20)]
        + [DoseDay(date(2026, 4, 2), "Letrozole", "planned")],
    )


def test_rows_are_the_points_in_the_period_with_unit_and_reporter():
    rows = chart_rows(_data(), "measurements", start=START, end=END)
    assert [(r.day, r.what, r.value, r.unit, r.reported_by) for r in rows] == [
        (date(2026, 1, 5), "Temperature", "36.8", "°C", "Patient"),
        (date(2026, 2, 1), "Temperature", "38.5", "°C", "Carer (Sam)"),
        (date(2026, 3, 1), "Temperature", "37.1", "°C", "Patient"),
    ]
    # Lab results come from the lab: no patient or carer named.
    (lab,) = chart_rows(_data(), "markers", start=START, end=END)
    assert (lab.what, lab.value, lab.unit, lab.reported_by) == ("CA 15-3", "41", "U/mL", "")


def test_symptom_rows_follow_the_chosen_series_and_are_in_date_order():
    rows = chart_rows(_data(), "symptoms", start=START, end=date(2026, 3, 10),  # ten weeks: every entry
                      symptom_ids=["nausea", "fatigue"])
    assert [(r.day.isoformat(), r.what, r.value) for r in rows] == [
        ("2026-01-02", "Fatigue", "2 Moderate"), ("2026-01-10", "Nausea", "1 Mild"),
        ("2026-02-10", "Nausea", "3 Severe"), ("2026-03-10", "Nausea", "2 Moderate"),
    ]
    assert rows[2].reported_by == "Carer (Sam)" and rows[0].unit == "rating 0 to 4"
    assert [r.what for r in chart_rows(_data(), "symptoms", start=START, end=END, symptom_ids=["fatigue"])] == ["Fatigue"]


def test_long_symptom_ranges_list_the_weekly_highest_like_the_chart():
    points = tuple(SymptomPoint(_at(date(2024, 1, 1) + timedelta(days=i)), i % 4) for i in range(700))
    data = ChartData(symptoms=[SymptomSeries("pain", "Pain", points)])
    rows = chart_rows(data, "symptoms", start=date(2024, 1, 1), end=date(2025, 12, 31))
    assert len(rows) == 100 and all(r.weekly and r.day.weekday() == 0 for r in rows)
    assert {r.value for r in rows} == {"3 Severe"}


def test_summary_sentence_per_kind():
    data = _data()
    assert chart_summary(data, "measurements", start=START, end=END) == (
        "Temperature and weight, 1 Jan 2026 to 31 Mar 2026: Temperature: 3 readings, lowest 36.8 °C, "
        "highest 38.5 °C, latest 37.1 °C on 1 Mar 2026.")
    assert chart_summary(data, "symptoms", start=START, end=END, symptom_ids=["nausea"]) == (
        "Symptoms (patient-reported), 1 Jan 2026 to 31 Mar 2026: Nausea: rated 3 times, highest 3 Severe, "
        "latest 2 Moderate on 10 Mar 2026.")
    assert chart_summary(data, "doses", start=START, end=END) == (
        "Dose calendar, 1 Jan 2026 to 31 Mar 2026: Letrozole: Taken 18, Missed 2.")
    assert chart_summary(data, "counts", start=START, end=END) == (
        "Blood counts, 1 Jan 2026 to 31 Mar 2026: nothing recorded in this period.")


def test_clinic_summary_charts_have_the_summary_as_alternative_text():
    charts = _data()
    report = build_clinic_summary(ReportData(date_from=date(2026, 3, 1), date_to=date(2026, 3, 31), charts=charts))
    html = report.html
    assert ('alt="Chart: Temperature and weight, 1 Mar 2026 to 31 Mar 2026: Temperature: 1 reading, lowest 37.1 °C, '
            'highest 37.1 °C, latest 37.1 °C on 1 Mar 2026."') in html
    assert "Nausea: rated once, highest 2 Moderate" in html
    for name in report.images:
        assert 'alt="Chart: ' in html.split(f'src="{name}"')[1].split(">")[0], name


def test_the_chart_text_and_ranges_do_not_load_matplotlib():
    """The Charts view reads these on the GUI thread; matplotlib loads on a worker."""
    code = ("import sys; import tracker.services.charts, tracker.services.charts.text, tracker.ui.charts.view; "
            "sys.exit('matplotlib' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
