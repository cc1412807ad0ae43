"""A symptom chart keeps at most four lines per panel: more symptoms go to further panels on
one shared date axis. Its legend stays inside the narrowest chart the screen draws."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from matplotlib.backends.backend_agg import FigureCanvasAgg

from tracker.services.charts import ChartLabels, symptom_chart
from tracker.services.charts.style import NARROWEST_CHART, legend_columns
from tracker.services.charts.symptoms import LINES_PER_PANEL
from tracker.services.reports.sample import sample_chart_data

TODAY = date(2026, 3, 10)
NAMES = ("Hot flushes and sweats", "Trouble sleeping", "Worry or anxiety", "Sore mouth or mouth ulcers")


def _data(symptoms: int):
    data = sample_chart_data(TODAY, years=1)
    extra = [dataclasses.replace(s, symptom_id=f"{s.symptom_id}_{n}", label=NAMES[n % len(NAMES)] + f" {n}")
             for n, s in enumerate(data.symptoms * 3)]
    data.symptoms = (data.symptoms + extra)[:symptoms]
    return data


def _lines(ax) -> list:
    return [line for line in ax.lines if (line.get_gid() or "").startswith("symptom-")]


def test_more_than_four_symptoms_are_split_into_panels_of_at_most_four():
    data = _data(7)
    fig = symptom_chart(data, start=TODAY - timedelta(days=365), end=TODAY)
    assert len(fig.axes) == 2
    assert [len(_lines(ax)) for ax in fig.axes] == [4, 3]
    assert fig.axes[0].get_shared_x_axes().joined(fig.axes[0], fig.axes[1])
    assert all(len(_lines(ax)) <= LINES_PER_PANEL for ax in fig.axes)
    # One legend for the figure, every symptom once.
    labels = [t.get_text() for t in fig.legends[0].get_texts()]
    assert all(s.label in labels for s in data.symptoms)
    FigureCanvasAgg(fig).draw()


def test_four_symptoms_stay_in_one_panel():
    fig = symptom_chart(_data(4), start=TODAY - timedelta(days=90), end=TODAY)
    assert len(fig.axes) == 1 and len(_lines(fig.axes[0])) == 4


def test_the_legend_fits_the_narrowest_chart():
    # At 1024 px the chart is ~5.6 in wide: four long names and "Cycle starts" in one row ran
    # off its right edge.
    data = _data(4)
    data.symptoms = [dataclasses.replace(s, label=NAMES[i]) for i, s in enumerate(data.symptoms)]
    fig = symptom_chart(data, start=TODAY - timedelta(days=90), end=TODAY, size=(NARROWEST_CHART, 4.2))
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    legend = fig.legends[0].get_window_extent(canvas.get_renderer())
    assert "Cycle starts" in [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend.x0 >= 0 and legend.x1 <= fig.bbox.width, (legend, fig.bbox)


def test_legend_columns_follow_the_longest_text():
    assert legend_columns(["a", "b", "c"]) == 3
    assert legend_columns(["A very long symptom name indeed, with its scale"] * 4) == 1
    assert legend_columns([]) == 1
    assert ChartLabels().cycle_starts  # the legend entry the screen cut in half


def test_panels_group_series_of_one_scale():
    data = _data(4)
    often = [dataclasses.replace(s, symptom_id=f"{s.symptom_id}:frequency", label=f"{s.label} (how often)",
                                 scale="frequency") for s in data.symptoms[:2]]
    data.symptoms = [data.symptoms[0], often[0], data.symptoms[1], often[1], data.symptoms[2]]
    fig = symptom_chart(data, start=TODAY - timedelta(days=90), end=TODAY)
    scales = [{"frequency" if (line.get_gid() or "").endswith(":frequency") else "severity" for line in _lines(ax)}
              for ax in fig.axes]
    assert scales == [{"severity"}, {"frequency"}]
