"""A heading never sits alone at the bottom of a PDF page (QTextDocument has no keep-with-next)."""

from __future__ import annotations

import pytest

from tracker.render.pdf import build_document
from tracker.services.reports.clinic_summary import ClinicReport

PAGE = 300.0


#: Size of the first line, so the heading lands at every height near the page's end.
OFFSETS = range(0, 60, 3)


def _report(offset: int) -> ClinicReport:
    body = f'<p style="font-size: {10 + offset}px">first</p>' + "".join(f"<p>Line {i}</p>" for i in range(8))
    html = f"<html><body>{body}<h2>Heading</h2><table><tr><td>first row</td></tr></table><p>after</p></body></html>"
    return ClinicReport(title="t", html=html, images={}, date_range="", page_label="", footer="")


def _tops(doc) -> dict[str, float]:
    """Where each block's first line of text starts (not its margin), in document pixels."""
    layout, tops, block = doc.documentLayout(), {}, doc.begin()
    while block.isValid():
        line = block.layout().lineAt(0).rect() if block.layout().lineCount() else None
        tops.setdefault(block.text(), layout.blockBoundingRect(block).top() + (line.top() if line else 0))
        block = block.next()
    return tops


@pytest.mark.parametrize("offset", OFFSETS)
def test_heading_starts_the_page_its_next_line_is_on(qapp, offset):
    doc = build_document(_report(offset), 400, PAGE, rtl=False)
    tops = _tops(doc)
    heading_page, next_page = int(tops["Heading"] // PAGE), int(tops["first row"] // PAGE)
    assert heading_page == next_page, (offset, tops["Heading"], tops["first row"])


def test_the_check_can_fail_without_it(qapp, monkeypatch):
    """Control: with the rule switched off, some filler length leaves the heading alone."""
    from tracker.render import pdf as pdf_render

    monkeypatch.setattr(pdf_render, "start_pages_at_whole_blocks", lambda doc, height: 0)
    alone = []
    for offset in OFFSETS:
        tops = _tops(build_document(_report(offset), 400, PAGE, rtl=False))
        alone.append(int(tops["Heading"] // PAGE) != int(tops["first row"] // PAGE))
    assert any(alone)


def _png(width: int, height: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def _chart_report(filler: float) -> ClinicReport:
    """Text, then a chart picture (its own paragraph, as the clinic summary has it)."""
    body = f'<p style="font-size: {filler}px">first</p>' + "".join(f"<p>Line {i}</p>" for i in range(6))
    html = f'<html><body>{body}<p align="center"><img src="chart" width="300" height="120"></p><p>after</p></body></html>'
    return ClinicReport(title="t", html=html, images={"chart": _png(300, 120)}, date_range="", page_label="", footer="")


#: A page height that is not a whole number of pixels, like the real one (945.2 px): Qt's own
#: move of a line to the next page misses by a fraction there.
CHART_PAGE = 300.7


def _straddling_images(doc) -> list[tuple[float, float]]:
    layout, found, block = doc.documentLayout(), [], doc.begin()
    while block.isValid():
        if block.text() == "\ufffc":  # the picture's placeholder character
            top = layout.blockBoundingRect(block).top() + block.layout().lineAt(0).rect().top()
            bottom = top + block.layout().lineAt(0).rect().height()
            if int(top // CHART_PAGE) != int((bottom - 0.01) // CHART_PAGE):
                found.append((top, bottom))
        block = block.next()
    return found


FILLERS = [10 + step * 0.25 for step in range(0, 400)]


def test_a_chart_picture_is_never_split_across_two_pages(qapp):
    """Qt left a chart starting 0.05 px above a page's end: a sliver of it was printed at the
    foot of one page and the top of the chart (its axis label) cut off on the next."""
    for filler in FILLERS:
        assert _straddling_images(build_document(_chart_report(filler), 400, CHART_PAGE, rtl=False)) == [], filler


def test_the_picture_check_can_fail_without_it(qapp, monkeypatch):
    from tracker.render import pdf as pdf_render

    monkeypatch.setattr(pdf_render, "start_pages_at_whole_blocks", lambda doc, height: 0)
    assert any(_straddling_images(build_document(_chart_report(filler), 400, CHART_PAGE, rtl=False)) for filler in FILLERS)


def test_a_table_that_runs_onto_the_next_page_repeats_its_column_names(qapp):
    """Page 2 of a clinic summary went on with "CEA … 4 Nov 2026 …" under no column names."""
    from datetime import date

    from PySide6.QtGui import QTextTable

    from tracker.services.reports.clinic_summary import build_clinic_summary
    from tracker.services.reports.sample import sample_report_data

    doc = build_document(build_clinic_summary(sample_report_data(date(2026, 3, 10), years=1)), 600, 900, rtl=False)
    tables = [frame for frame in doc.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    headed = [t for t in tables if t.format().headerRowCount() == 1]
    assert len(tables) >= 3
    # Every table with column names (the details table has none) repeats them.
    assert len(headed) >= len(tables) - 1, [t.format().headerRowCount() for t in tables]
