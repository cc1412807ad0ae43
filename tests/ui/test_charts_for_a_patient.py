"""Charts for a patient: her most-rated symptoms of the period, four lines at most, a period
with nothing says what to log, dark mode charts are dark."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from matplotlib.figure import Figure
from PySide6.QtWidgets import QApplication

from tracker.services.reports import sample_journal
from tracker.services.reports.data import SymptomPoint, SymptomSeries
from tracker.ui import theme
from tracker.ui.charts.dark import darken_figure
from tracker.ui.charts.symptom_list import DEFAULT_CHECKED, MAX_CHECKED, SymptomListModel, most_rated
from tracker.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise)")
ZONE = ZoneInfo("Europe/London")


def series(symptom_id: str, *ratings: tuple[date, int]) -> SymptomSeries:
    return SymptomSeries(symptom_id, symptom_id, tuple(SymptomPoint(datetime(d.year, d.month, d.day, 12, tzinfo=ZONE), r)
                                                        for d, r in ratings))


def test_most_rated_counts_only_the_period_and_only_ratings_above_none():
    data = [
        series("fatigue", (date(2025, 1, 1), 3), (date(2025, 1, 2), 3), (date(2026, 3, 1), 1)),
        series("nausea", (date(2026, 3, 1), 2), (date(2026, 3, 2), 1)),
        series("headache", (date(2026, 3, 1), 0), (date(2026, 3, 2), 0), (date(2026, 3, 3), 0)),
    ]
    assert most_rated(data, date(2026, 2, 1), date(2026, 3, 10)) == ["nausea", "fatigue", "headache"]
    assert most_rated(data, date(2024, 12, 1), date(2025, 2, 1)) == ["fatigue"]


def test_a_ninth_line_is_refused_and_ticks_follow_the_period_until_she_chooses(qtbot):
    model = SymptomListModel()
    data = [series(f"s{i}", (date(2026, 3, 1), 2)) for i in range(10)]
    model.set_series(data)
    assert len(model.checked_ids()) == DEFAULT_CHECKED == 4  # one panel to start with
    spares = [s.symptom_id for s in data if s.symptom_id not in model.checked_ids()]
    for spare in spares[:4]:  # a second panel of four
        model.set_checked(spare, True)
    assert len(model.checked_ids()) == MAX_CHECKED == 8
    with qtbot.waitSignal(model.too_many):
        model.set_checked(spares[4], True)
    assert spares[4] not in model.checked_ids() and len(model.checked_ids()) == 8
    model.set_checked(model.checked_ids()[0], False)
    model.follow_period(date(2026, 1, 1), date(2026, 3, 31))
    assert len(model.checked_ids()) == 7  # her own choice stays


@pytest.fixture
def ctx(journal, clock, data_dir):
    return AppContext(data_dir, journal, clock)


def _open(qtbot, ctx):
    from tracker.ui.charts.view import create_view

    view = create_view(ctx, None)
    qtbot.addWidget(view)
    view.resize(1000, 620)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None and not view.is_loading(), timeout=15000)
    return view


def test_a_period_with_nothing_says_what_to_log(qtbot, ctx):
    sample_journal.populate(ctx.journal, ctx.clock, days=60)
    ctx.clock.set(datetime(2028, 6, 1, 9, 0, tzinfo=ZONE))  # two years of nothing since
    view = _open(qtbot, ctx)
    view.set_range("3m")
    assert view.stack.currentIndex() == 3 and view.canvas is None  # no empty axes drawn
    assert "Log how you feel" in view.nothing_text.text()
    view.kind_box.setCurrentIndex(view.kind_box.findData("markers"))
    assert "blood result" in view.nothing_text.text()
    view.kind_box.setCurrentIndex(view.kind_box.findData("doses"))
    view.set_range("all")
    # "All" reaches back further than the period read first: it loads in the background.
    qtbot.waitUntil(lambda: not view.is_loading() and view.stack.currentIndex() != 0, timeout=15000)
    assert view.stack.currentIndex() == 2 and view.hover_label.isHidden()  # no dots on a bar chart


def test_dark_charts_have_a_dark_background_and_light_text():
    fig = Figure()
    ax = fig.add_subplot()
    ax.plot([0, 1], [0, 1], color="#000000")
    ax.axvspan(0, 0.5, color="#E8E8E8")
    ax.set_title("Symptoms")
    ax.set_title("Weekly", loc="left")  # the builders' titles are placed left (or right): their own artists
    ax.set_ylabel("Patient-reported rating")
    darken_figure(fig)
    dark_bg = theme.DARK[theme.Role.Window]
    assert _hex(fig.patch.get_facecolor()) == dark_bg
    assert theme.contrast_ratio(_hex(ax.title.get_color()), theme.DARK[theme.Role.Base]) >= 4.5
    from matplotlib.text import Text

    for words in ("Weekly", "Patient-reported rating"):
        (shown,) = [t for t in ax.findobj(Text) if t.get_text() == words]
        assert theme.contrast_ratio(_hex(shown.get_color()), theme.DARK[theme.Role.Base]) >= 4.5, words
    assert theme.contrast_ratio(_hex(ax.lines[0].get_color()), theme.DARK[theme.Role.Base]) >= 4.5
    assert _hex(ax.patches[0].get_facecolor()) == theme.TOKENS["dark"]["break_fill"]


def _hex(colour) -> str:
    from matplotlib.colors import to_hex

    return to_hex(colour, keep_alpha=False)


def test_chart_text_grows_with_the_text_size(qtbot, ctx):
    from tracker.ui.main import zoom

    sample_journal.populate(ctx.journal, ctx.clock, days=60)
    view = _open(qtbot, ctx)
    view.resize(1400, 620)  # room for the larger text (a narrow chart keeps its axes instead)
    normal = view.figure.get_dpi()
    try:
        zoom.apply(1.6)
        view.render()
        assert view.figure.get_dpi() == pytest.approx(normal * 1.6, rel=0.02)
        view.resize(700, 620)  # ~500 px of chart: text grows only as far as the axes keep room
        QApplication.processEvents()
        view.render()
        assert normal <= view.figure.get_dpi() < normal * 1.3
    finally:
        zoom.apply(1.0)


def test_dark_legend_markers_are_light_like_their_lines():
    from datetime import timedelta

    from tracker.services.charts import symptom_chart
    from tracker.services.reports.sample import sample_chart_data

    end = date(2026, 3, 10)
    fig = symptom_chart(sample_chart_data(end, years=1), start=end - timedelta(days=90), end=end)
    darken_figure(fig)
    legend = fig.legends[0]
    (cycles,) = [h for h, t in zip(legend.legend_handles, legend.get_texts(), strict=True) if t.get_text() == "Cycle starts"]
    panel = theme.DARK[theme.Role.Base]
    assert theme.contrast_ratio(_hex(cycles.get_markerfacecolor()), panel) >= 4.5
