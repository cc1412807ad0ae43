"""Charts for a screen reader and the keyboard: a summary that is the canvas's description,
"Show as table" with the chart's points, arrow keys stepping through points, and a stale
background load dropped."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tracker.services.charts import chart_range, hover_index
from tracker.services.reports import sample_journal
from tracker.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise)")


@pytest.fixture
def ctx(journal, clock, data_dir):
    sample_journal.populate(journal, clock, days=200)
    return AppContext(data_dir, journal, clock)


def _open(qtbot, ctx):
    from tracker.ui.charts.view import create_view

    view = create_view(ctx, None)
    qtbot.addWidget(view)
    view.resize(1000, 620)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None and not view.is_loading(), timeout=15000)
    return view


def test_the_summary_is_on_screen_and_is_the_canvas_description(qtbot, ctx):
    view = _open(qtbot, ctx)
    view.kind_box.setCurrentIndex(view.kind_box.findData("measurements"))
    text = view.summary_label.text()
    assert text.startswith("Temperature and weight, ") and "Temperature: " in text and "°C" in text
    assert view.canvas.accessibleDescription() == text
    assert view.canvas.accessibleName() == "Temperature and weight"
    assert view.canvas.focusPolicy() & Qt.FocusPolicy.TabFocus  # not an unfocusable filler


def test_show_as_table_lists_the_points_of_the_chart(qtbot, ctx):
    view = _open(qtbot, ctx)
    view.kind_box.setCurrentIndex(view.kind_box.findData("measurements"))
    view.table_button.click()
    assert view.view_stack.currentWidget() is view.table and view.table_button.text() == "Show as &chart"
    model = view.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Date", "What", "Value", "Unit", "Reported by"]
    # As many rows as the chart has points to hover, all inside the period.
    assert model.rowCount() == sum(len(xs) for _ax, xs, _ys, _t in hover_index(view.figure).entries) > 0
    start, end = view.current_range()
    assert all(start <= model.row(r).day <= end for r in range(model.rowCount()))
    units = {model.index(r, 3).data() for r in range(model.rowCount())}
    assert units <= {"°C", "kg"} and "°C" in units
    assert model.index(0, 4).data() in ("Patient",) or model.index(0, 4).data().startswith("Carer (")
    # Another chart kind refills the table.
    view.kind_box.setCurrentIndex(view.kind_box.findData("doses"))
    assert {model.index(r, 2).data() for r in range(model.rowCount())} <= {"Taken", "Missed", "Held by team", "Skipped", "Not recorded", "Planned"}
    view.table_button.click()
    assert view.view_stack.currentIndex() == 0


def test_arrow_keys_step_through_points_and_say_each_value(qtbot, ctx):
    view = _open(qtbot, ctx)
    view.kind_box.setCurrentIndex(view.kind_box.findData("measurements"))
    view.canvas.setFocus()
    entries = hover_index(view.figure).entries
    _ax, xs, _ys, texts = entries[0]
    qtbot.keyClick(view.canvas, Qt.Key.Key_End)
    assert view.hover_label.text() == texts[len(xs) - 1]
    qtbot.keyClick(view.canvas, Qt.Key.Key_Left)
    assert view.hover_label.text() == texts[len(xs) - 2]
    qtbot.keyClick(view.canvas, Qt.Key.Key_Home)
    assert view.hover_label.text() == texts[0] and "on" in texts[0]
    qtbot.keyClick(view.canvas, Qt.Key.Key_Left)  # stays on the first point
    assert view.hover_label.text() == texts[0]
    # Down moves to the next line (weight) near the same date.
    qtbot.keyClick(view.canvas, Qt.Key.Key_Down)
    assert view.hover_label.text() in list(entries[1][3])
    ring = [line for ax in view.figure.axes for line in ax.lines if line.get_gid() == "keyboard-point"]
    assert len(ring) == 1 and ring[0].axes is entries[1][0]


def test_an_older_load_finishing_late_is_dropped(qtbot, ctx):
    view = _open(qtbot, ctx)
    view.set_range("all")
    view.set_range("3m")  # before "All" has arrived
    qtbot.waitUntil(lambda: not view.is_loading() and view.stack.currentIndex() == 2, timeout=15000)
    qtbot.wait(200)  # give a late "All" answer time to arrive
    start, end = chart_range("3m", ctx.clock.today(), view.data)
    assert view.data_since == start
    left, right = view.figure.axes[0].get_xlim()
    assert abs((right - left) - ((end - start).days + 1)) < 1.5


def test_pdf_chart_pictures_carry_the_summary_as_alternative_text(qapp):
    from PySide6.QtGui import QTextFormat

    from tracker.render.pdf import build_document
    from tracker.services.reports.clinic_summary import build_clinic_summary
    from tracker.services.reports.sample import sample_report_data

    report = build_clinic_summary(sample_report_data(date(2026, 3, 10), years=1))
    doc = build_document(report, 700, 1000, rtl=False)
    alts = {}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                image = fmt.toImageFormat()
                alts[image.name()] = image.property(QTextFormat.Property.ImageAltText)
            it += 1
        block = block.next()
    assert set(alts) == set(report.images)
    assert alts["measurements.png"].startswith("Chart: Temperature and weight, ") and "readings, lowest" in alts["measurements.png"]
    assert all(alt.startswith("Chart: ") and ": " in alt[7:] for alt in alts.values())
