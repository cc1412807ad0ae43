"""Chart builders: axes labelled with units and dates, bands drawn, no pyplot, hover points."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime

import pytest
from matplotlib.figure import Figure

from tracker.services.charts import (
    ChartLabels,
    chart_range,
    dose_chart,
    hover_index,
    lab_chart,
    measurement_chart,
    symptom_chart,
)
from tracker.services.reports.data import ChartData, DoseDay, SymptomPoint, SymptomSeries, TreatmentBand
from tracker.services.reports.sample import sample_chart_data

TODAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def data() -> ChartData:
    return sample_chart_data(TODAY, years=2)


def _texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.findobj(match=lambda a: hasattr(a, "get_text") and callable(a.get_text))]


def _draw(fig: Figure) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig).draw()


def test_symptom_chart_labels_bands_and_cycles(data):
    start, end = chart_range("1y", TODAY, data)
    fig = symptom_chart(data, start=start, end=end, symptom_ids=["fatigue", "nausea"])
    _draw(fig)
    ax = fig.axes[0]
    assert "patient-reported" in ax.get_title(loc="left").lower()
    assert ax.get_ylabel() == "Patient-reported rating"
    assert ax.get_xlabel() == "Date"
    gids = {a.get_gid() for a in ax.get_children()}
    assert {"symptom-fatigue", "symptom-nausea"} <= gids
    assert "symptom-bone_pain" not in gids
    assert any(g and g.startswith("band-") for g in gids)
    assert "cycles" in gids
    assert any(t.startswith("Line ") for t in _texts(fig))
    assert [t.get_text() for t in ax.get_yticklabels()][4] == "4 Very severe"


def test_series_differ_by_marker_and_line_style(data):
    start, end = chart_range("3m", TODAY, data)
    fig = symptom_chart(data, start=start, end=end)
    lines = [line for line in fig.axes[0].lines if (line.get_gid() or "").startswith("symptom-")]
    assert len(lines) == 4
    assert len({line.get_marker() for line in lines}) == 4
    assert len({str(line.get_linestyle()) for line in lines}) == 4
    assert len({line.get_color() for line in lines}) == 4


def test_value_charts_have_units_and_reference_ranges(data):
    start, end = chart_range("1y", TODAY, data)
    meas = measurement_chart(data, start=start, end=end)
    assert [ax.get_ylabel() for ax in meas.axes] == ["Temperature (°C)", "Weight (kg)"]
    assert meas.axes[-1].get_xlabel() == "Date"
    markers = lab_chart(data, start=start, end=end, group="marker")
    assert [ax.get_ylabel() for ax in markers.axes] == ["CA 15-3 (kU/L)", "CEA (µg/L)"]
    counts = lab_chart(data, start=start, end=end, group="count")
    assert counts.axes[0].get_ylabel() == "Neutrophils (×10⁹/L)"
    for fig in (markers, counts):
        for ax in fig.axes:
            assert any(p.get_gid() == "reference-range" for p in ax.patches)
    assert "Reference range" in _texts(counts)
    assert not any(p.get_gid() == "reference-range" for ax in meas.axes for p in ax.patches)


def test_range_changes_x_limits(data):
    a = symptom_chart(data, start=chart_range("3m", TODAY, data)[0], end=TODAY).axes[0].get_xlim()
    b = symptom_chart(data, start=chart_range("1y", TODAY, data)[0], end=TODAY).axes[0].get_xlim()
    assert b[0] < a[0] and abs(a[1] - b[1]) < 1


def test_chart_range_keys():
    d = ChartData(appointments=[date(2026, 1, 5), date(2026, 2, 20), date(2026, 4, 1)])
    assert chart_range("last_visit", TODAY, d) == (date(2026, 2, 20), TODAY)
    assert chart_range("last_visit", TODAY, ChartData()) == (date(2025, 12, 10), TODAY)
    assert chart_range("1y", date(2024, 2, 29), d) == (date(2023, 2, 28), date(2024, 2, 29))
    assert chart_range("3m", date(2026, 5, 31), d)[0] == date(2026, 2, 28)
    with pytest.raises(ValueError):
        chart_range("week", TODAY, d)


def test_dose_calendar_missed_wins_and_hover():
    d = ChartData(doses=[
        DoseDay(date(2026, 3, 1), "Capecitabine", "taken"),
        DoseDay(date(2026, 3, 1), "Capecitabine", "missed"),
        DoseDay(date(2026, 3, 2), "Capecitabine", "held"),
        DoseDay(date(2026, 3, 2), "Zoledronic acid", "taken"),
    ])
    fig = dose_chart(d, start=date(2026, 2, 25), end=TODAY)
    _draw(fig)
    texts = hover_index(fig).entries[0][3]
    assert "Capecitabine: Missed on 1 Mar 2026" in texts
    assert "Capecitabine: Held by team on 2 Mar 2026" in texts
    assert len(texts) == 3
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Capecitabine", "Zoledronic acid"]
    legend = {t.get_text() for t in fig.legends[0].get_texts()}
    assert legend == {"Taken", "Missed", "Held by team"}


def test_empty_period_says_so():
    fig = symptom_chart(ChartData(), start=date(2026, 1, 1), end=TODAY)
    assert "Nothing recorded in this period" in _texts(fig)
    assert "Nothing recorded in this period" in _texts(dose_chart(ChartData(), start=date(2026, 1, 1), end=TODAY))
    assert "Nothing recorded in this period" in _texts(measurement_chart(ChartData(), start=date(2026, 1, 1), end=TODAY))


def test_translated_labels_are_used():
    labels = ChartLabels(symptom_title="علائم (گزارش بیمار)", date_axis="تاریخ", line_band="خط {number}: {name}", rtl=True)
    series = SymptomSeries("fatigue", "خستگی", (SymptomPoint(datetime(2026, 3, 1, 9, tzinfo=UTC), 2),))
    data = ChartData(symptoms=[series], bands=[TreatmentBand(1, "Fulvestrant", date(2026, 1, 1), None)])
    fig = symptom_chart(data, start=date(2026, 2, 1), end=TODAY, locale_strings=labels)  # daily: under 75 days
    assert fig.axes[0].get_title(loc="right") == "علائم (گزارش بیمار)"
    assert "خط 1: Fulvestrant" in _texts(fig)
    assert "خستگی" in _texts(fig)


def test_hover_points_carry_value_and_date():
    series = SymptomSeries("nausea", "Nausea", (SymptomPoint(datetime(2026, 3, 3, 20, tzinfo=UTC), 3),))
    fig = symptom_chart(ChartData(symptoms=[series]), start=date(2026, 3, 1), end=TODAY)
    (ax, xs, ys, texts), = hover_index(fig).entries
    assert ys == [3] and list(texts) == ["Nausea: 3 Severe on 3 Mar 2026"]


def test_building_charts_never_imports_pyplot():
    code = (
        "import sys; from datetime import date\n"
        "from tracker.services.reports.sample import sample_chart_data\n"
        "from tracker.services import charts\n"
        "from matplotlib.backends.backend_agg import FigureCanvasAgg\n"
        "d = sample_chart_data(date(2026, 3, 10))\n"
        "for build in (charts.symptom_chart, charts.measurement_chart, charts.lab_chart, charts.dose_chart):\n"
        "    FigureCanvasAgg(build(d, start=date(2025, 12, 1), end=date(2026, 3, 10))).draw()\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_nearest_point_finds_the_closest_within_radius():
    from tracker.services.charts import nearest_point

    pts = (SymptomPoint(datetime(2026, 3, 3, 12, tzinfo=UTC), 1), SymptomPoint(datetime(2026, 3, 6, 12, tzinfo=UTC), 4))
    fig = symptom_chart(ChartData(symptoms=[SymptomSeries("fatigue", "Fatigue", pts)]), start=date(2026, 3, 1), end=TODAY)
    _draw(fig)
    ax = fig.axes[0]
    x, y = ax.transData.transform((hover_index(fig).entries[0][1][1], 4))
    assert nearest_point(fig, ax, x + 3, y - 3) == "Fatigue: 4 Very severe on 6 Mar 2026"
    assert nearest_point(fig, ax, x + 200, y - 200) is None


def test_long_ranges_show_each_weeks_highest_rating():
    from datetime import timedelta

    day0 = datetime(2024, 1, 1, 9, tzinfo=UTC)  # a Monday
    pts = tuple(SymptomPoint(day0 + timedelta(days=i), 3 if i % 7 == 3 else 1) for i in range(700))
    data = ChartData(symptoms=[SymptomSeries("fatigue", "Fatigue", pts)])
    long = symptom_chart(data, start=date(2024, 1, 1), end=date(2025, 12, 1))
    (ax, xs, ys, texts), = hover_index(long).entries
    assert len(xs) == 100 and set(ys) == {3}  # each week's worst day (Thursday's 3), not the 1s
    assert texts[0] == "Fatigue: up to 3 Severe in the week of 1 Jan 2024"
    assert "highest rating each week" in ax.get_title(loc="left")
    three_months = symptom_chart(data, start=date(2024, 1, 1), end=date(2024, 3, 31))
    assert len(hover_index(three_months).entries[0][1]) == 13  # weekly beyond 75 days: no tangle of daily lines
    short = symptom_chart(data, start=date(2024, 1, 1), end=date(2024, 3, 1))
    assert len(hover_index(short).entries[0][1]) == 61  # two months (a usual "since the last visit"): every entry


def test_value_axis_uses_the_readers_digits():
    from tracker.services.reports.data import MeasurementSeries, ValuePoint

    to_fa = str.maketrans("0123456789.", "۰۱۲۳۴۵۶۷۸۹٫")
    weight = MeasurementSeries("weight", "Weight", "kg", (ValuePoint(datetime(2026, 3, 1, 8, tzinfo=UTC), 67.5),
                                                          ValuePoint(datetime(2026, 3, 8, 8, tzinfo=UTC), 68.5)))
    fig = measurement_chart(ChartData(measurements=[weight]), start=date(2026, 3, 1), end=TODAY,
                            locale_strings=ChartLabels(digits=lambda t: t.translate(to_fa)))
    _draw(fig)
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels() if t.get_text()]
    assert ticks and all(not any(c in "0123456789" for c in t) for t in ticks)
    assert "۶۸" in ticks or "۶۸٫۰" in ticks or any(t.startswith("۶۸") for t in ticks)
    x_ticks = [t.get_text() for t in fig.axes[0].get_xticklabels() if t.get_text()]
    assert x_ticks and all(not any(c in "0123456789" for c in t) for t in x_ticks)


def test_the_mixed_scale_explanation_fits_a_short_chart(data):
    """The clinic summary's chart (8 × 4 inches) cut its axis explanation off at the top:
    "Patient-reported rating (0 = none or never, 4 = the mos"."""
    from dataclasses import replace

    symptoms = list(data.symptoms)
    symptoms[1] = replace(symptoms[1], scale="frequency")  # two scales: the numbered axis, explained
    mixed = replace(data, symptoms=symptoms)
    start, end = chart_range("3m", TODAY, mixed)
    for size in ((8.0, 4.0), (8.0, 6.5)):
        fig = symptom_chart(mixed, start=start, end=end, symptom_ids=["fatigue", "nausea"], size=size)
        _draw(fig)
        label = fig.axes[0].yaxis.label
        assert label.get_text().replace("\n", " ") == "Patient-reported rating (0 = none or never, 4 = the most)"
        box = label.get_window_extent()
        assert box.y0 >= 0 and box.y1 <= fig.bbox.height, (size, box, fig.bbox.height)


@pytest.mark.parametrize("days", [6, 12, 28, 35, 45, 60])
def test_short_date_axes_never_print_two_dates_on_top_of_each_other(data, days):
    """A four-week chart put "29 Nov" and "1 Dec" side by side, touching (day ticks restart on the 1st)."""
    from datetime import timedelta

    end = date(2026, 12, 3)
    fig = symptom_chart(data, start=end - timedelta(days=days), end=end, symptom_ids=["fatigue"], size=(8.0, 4.0))
    _draw(fig)
    ax = fig.axes[-1]
    boxes = sorted((t.get_window_extent() for t in ax.get_xticklabels() if t.get_text()), key=lambda b: b.x0)
    assert len(boxes) >= 3
    gaps = [right.x0 - left.x1 for left, right in zip(boxes, boxes[1:], strict=False)]
    assert min(gaps) > 6, gaps  # at least a character's room between two dates
