"""Charts keep meaningful axes: 0-4 ratings, 35-40 °C with the 37.5 °C line, no line across a
gap of months, every scale of a symptom, and a year on short charts."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime

from tracker.services.charts import measurement_chart, symptom_chart
from tracker.services.reports.data import ChartData, MeasurementSeries, SymptomPoint, SymptomSeries, ValuePoint

END = date(2026, 3, 10)


def _at(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, 12, tzinfo=UTC)


def _line(fig, gid):
    return next(line for ax in fig.axes for line in ax.lines if line.get_gid() == gid)


def test_temperature_axis_is_fixed_with_the_fever_line():
    temps = MeasurementSeries("temperature", "Temperature", "°C", (ValuePoint(_at(date(2026, 3, 1)), 36.9), ValuePoint(_at(date(2026, 3, 2)), 37.1)))
    fig = measurement_chart(ChartData(measurements=[temps]), start=date(2026, 2, 20), end=END)
    ax = fig.axes[0]
    assert ax.get_ylim() == (35.0, 40.0)
    fever = _line(fig, "fever-line")
    assert list(fever.get_ydata()) == [37.5, 37.5]  # where the alerts say call now on treatment
    # A reading outside is still shown: the axis widens, never clips it.
    hot = MeasurementSeries("temperature", "Temperature", "°C", (ValuePoint(_at(date(2026, 3, 1)), 40.6),))
    low, high = measurement_chart(ChartData(measurements=[hot]), start=date(2026, 2, 20), end=END).axes[0].get_ylim()
    assert low == 35.0 and high > 40.6


def test_readings_months_apart_are_not_joined():
    pts = (SymptomPoint(_at(date(2025, 9, 1)), 2), SymptomPoint(_at(date(2025, 9, 3)), 3), SymptomPoint(_at(date(2026, 2, 1)), 1))
    fig = symptom_chart(ChartData(symptoms=[SymptomSeries("fatigue", "Fatigue", pts)]), start=date(2025, 8, 1), end=END)
    ys = list(_line(fig, "symptom-fatigue").get_ydata())  # seven months: each week's highest
    assert len(ys) == 3 and ys[0] == 3 and math.isnan(ys[1]) and ys[2] == 1
    assert fig.axes[0].get_ylim() == (-0.3, 4.8)


def test_frequency_only_symptom_is_drawn_with_its_own_words():
    freq = SymptomSeries("diarrhoea:frequency", "Diarrhoea (how often)", (SymptomPoint(_at(date(2026, 3, 1)), 3),), "frequency")
    fig = symptom_chart(ChartData(symptoms=[freq]), start=date(2026, 2, 20), end=END, symptom_ids=["diarrhoea"])
    ax = fig.axes[0]
    assert _line(fig, "symptom-diarrhoea:frequency") is not None
    assert [t.get_text() for t in ax.get_yticklabels()][3] == "3 Frequently"
    both = [freq, SymptomSeries("fatigue", "Fatigue", (SymptomPoint(_at(date(2026, 3, 2)), 2),))]
    mixed = symptom_chart(ChartData(symptoms=both), start=date(2026, 2, 20), end=END).axes[0]
    assert [t.get_text() for t in mixed.get_yticklabels()] == ["0", "1", "2", "3", "4"]
    assert "0 = none or never" in mixed.get_ylabel().replace("\n", " ")


def test_short_charts_name_the_year():
    fig = symptom_chart(ChartData(), start=date(2025, 12, 20), end=date(2026, 1, 20))
    assert fig.axes[0].get_xlabel() == "Date (2025–2026)"
    long = symptom_chart(ChartData(), start=date(2025, 1, 1), end=END)
    assert long.axes[0].get_xlabel() == "Date"


def test_each_scale_is_chosen_on_its_own():
    from tracker.services.charts.symptoms import pick_symptoms

    severity = SymptomSeries("fatigue", "Fatigue", (SymptomPoint(_at(date(2026, 3, 1)), 2),))
    effect = SymptomSeries("fatigue:interference", "Fatigue (effect)", (SymptomPoint(_at(date(2026, 3, 1)), 3),), "interference")
    data = ChartData(symptoms=[severity, effect])
    assert pick_symptoms(data, ["fatigue"]) == [severity]
    assert pick_symptoms(data, ["fatigue:interference"]) == [effect]
    assert pick_symptoms(ChartData(symptoms=[effect]), ["fatigue"]) == [effect]


def test_a_narrow_chart_wraps_its_title_inside_the_picture():
    # At 150 % text on a 1024 px screen the chart is ~5 inches wide: the title, which starts at
    # the axes' left edge, ran off the right of the picture ("…highest rat").
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    pts = [SymptomPoint(_at(date(2025, 12, 1 + i)), 2) for i in range(20)]
    fig = symptom_chart(ChartData(symptoms=[SymptomSeries("fatigue", "Fatigue", pts)]), start=date(2025, 6, 1), end=END,
                        size=(4.6, 3.0))
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    width = fig.bbox.width
    titles = [t for ax in fig.axes for t in (ax.title, ax._left_title, ax._right_title) if t.get_text()]
    assert titles
    for title in titles:
        box = title.get_window_extent(renderer)
        assert box.x0 >= 0 and box.x1 <= width + 1, (title.get_text(), box.x1, width)
