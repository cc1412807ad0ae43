"""Charts view: a chart for a journal with data, ranges move the x-limits, hover, save, empty state."""

from __future__ import annotations

import pytest
from matplotlib.backend_bases import MouseEvent

from tracker.services.charts import chart_range, hover_index
from tracker.services.reports import sample_journal
from tracker.ui.context import AppContext, Change

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise)")


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


def test_shows_a_symptom_chart_with_bands(qtbot, ctx):
    sample_journal.populate(ctx.journal, ctx.clock, days=120)
    view = _open(qtbot, ctx)
    assert view.stack.currentIndex() == 2 and view.canvas is not None
    ax = view.figure.axes[0]
    assert "patient-reported" in ax.get_title(loc="left")
    lines = {line.get_gid() for line in ax.lines}
    # The four most-logged symptoms are ticked at first.
    assert len([g for g in lines if g and g.startswith("symptom-")]) == 4
    assert any((p.get_gid() or "").startswith("band-") for p in ax.patches)
    view.symptom_model.set_checked("fatigue", False)
    assert "symptom-fatigue" not in {line.get_gid() for line in view.figure.axes[0].lines}


def test_ranges_are_one_choice_of_radio_buttons_moved_by_arrow_keys(qtbot, ctx):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible

    sample_journal.populate(ctx.journal, ctx.clock, days=60)
    view = _open(qtbot, ctx)
    for button in view.range_buttons.values():
        assert QAccessible.queryAccessibleInterface(button).role() == QAccessible.Role.RadioButton
    assert [k for k, b in view.range_buttons.items() if b.isChecked()] == ["3m"]
    view.range_buttons["3m"].setFocus()
    qtbot.waitUntil(view.range_buttons["3m"].hasFocus)
    qtbot.keyClick(view.range_buttons["3m"], Qt.Key.Key_Right)
    assert view.range_key == "1y" and view.range_buttons["1y"].isChecked() and view.range_buttons["1y"].hasFocus()
    assert not view.range_buttons["3m"].isChecked()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=15000)


def test_range_buttons_change_the_x_limits(qtbot, ctx):
    sample_journal.populate(ctx.journal, ctx.clock, days=500)
    view = _open(qtbot, ctx)
    widths = {}
    for key in ("last_visit", "3m", "1y", "all"):
        view.range_buttons[key].click()
        # A range reaching further back than the data read so far loads in the background.
        qtbot.waitUntil(lambda: not view.is_loading() and view.stack.currentIndex() == 2, timeout=15000)
        left, right = view.figure.axes[0].get_xlim()
        widths[key] = right - left
    assert widths["last_visit"] < widths["3m"] < widths["1y"] < widths["all"]
    assert abs(widths["1y"] - 366) < 2
    start, _end = chart_range("all", ctx.clock.today(), view.data)
    assert start == ctx.clock.today().replace(year=2024, month=10, day=26)


def test_every_kind_draws(qtbot, ctx):
    sample_journal.populate(ctx.journal, ctx.clock, days=120)
    view = _open(qtbot, ctx)
    for index in range(view.kind_box.count()):
        view.kind_box.setCurrentIndex(index)
        assert view.figure is not None and view.figure.axes
        assert view.symptom_panel.isVisible() == (view.kind() == "symptoms")
    view.kind_box.setCurrentIndex(1)
    assert [ax.get_ylabel() for ax in view.figure.axes] == ["Temperature (°C)", "Weight (kg)"]


def test_hover_shows_value_and_date(qtbot, ctx):
    sample_journal.populate(ctx.journal, ctx.clock, days=60)
    view = _open(qtbot, ctx)
    view.canvas.draw()
    ax, xs, ys, texts = hover_index(view.figure).entries[0]
    i = len(xs) // 2
    x, y = ax.transData.transform((xs[i], ys[i]))
    MouseEvent("motion_notify_event", view.canvas, x + 2, y + 2)._process()
    # Several symptoms can share a dot (same day, same rating): any of them is right.
    same_spot = {t for a, xx, yy, tt in hover_index(view.figure).entries for t, px, py in zip(tt, xx, yy, strict=True) if (px, py) == (xs[i], ys[i])}
    assert view.hover_label.text() in same_spot
    # Three months are shown week by week ("up to 2 Moderate in the week of 2 Feb 2026").
    when = texts[i].split(" in the week of ")[1]
    assert view.hover_label.text().split(" in the week of ")[1] == when and when.endswith(" 2026")


def test_save_png_and_svg(qtbot, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    sample_journal.populate(ctx.journal, ctx.clock, days=60)
    view = _open(qtbot, ctx)
    target = tmp_path / "my chart"
    # The file dialog opens without a nested event loop; the chart is saved once a file is chosen.
    monkeypatch.setattr(QFileDialog, "open", lambda dialog: dialog.fileSelected.emit(str(target)))
    assert view.save_chart() is None
    saved = tmp_path / "my chart.png"
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = view.save_chart(tmp_path / "chart.svg")
    assert b"<svg" in svg.read_bytes()[:400]
    assert str(svg) in view.status_label.text()


def test_empty_journal_shows_what_to_do(qtbot, ctx):
    view = _open(qtbot, ctx)
    assert view.stack.currentIndex() == 1
    assert "Log symptoms for a few days" in " ".join(label.text() for label in view.empty.findChildren(type(view.hover_label)))
    assert not view.save_button.isEnabled()
    navigated = []
    ctx.events.navigate.connect(lambda section, arg: navigated.append(section))
    view.empty.action_button.click()
    assert navigated == ["diary"]


def test_reloads_after_a_diary_change(qtbot, ctx):
    view = _open(qtbot, ctx)
    assert view.stack.currentIndex() == 1
    sample_journal.populate(ctx.journal, ctx.clock, days=30)
    ctx.events.notify(Change.DIARY)
    qtbot.waitUntil(lambda: view.stack.currentIndex() == 2, timeout=15000)


def test_the_chart_leaves_no_library_sources_in_linecache(qtbot, ctx):
    """pyparsing (under matplotlib) reads its own source into `linecache` as it is imported:
    ~0.8 MB for the session (issue 17). Once the chart's data is in, that cache is empty."""
    import linecache

    import pyparsing

    linecache.getlines(pyparsing.core.__file__)  # as its import does, whichever test imported it first
    sample_journal.populate(ctx.journal, ctx.clock, days=30)
    _open(qtbot, ctx)
    assert pyparsing.core.__file__ not in linecache.cache
