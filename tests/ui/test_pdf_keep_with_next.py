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

    monkeypatch.setattr(pdf_render, "keep_headings_with_next", lambda doc, height: 0)
    alone = []
    for offset in OFFSETS:
        tops = _tops(build_document(_report(offset), 400, PAGE, rtl=False))
        alone.append(int(tops["Heading"] // PAGE) != int(tops["first row"] // PAGE))
    assert any(alone)
