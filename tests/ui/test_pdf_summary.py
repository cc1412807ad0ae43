"""The clinic summary PDF from a real journal: text, dates, page numbers, charts not blank."""

from __future__ import annotations

import re
from datetime import timedelta

import pdfplumber
import pytest

from tracker.render.export_pdf import export_pdf
from tracker.render.pdf import PdfWriteFailed
from tracker.services.reports import sample_journal


@pytest.fixture
def filled(journal, clock):
    sample_journal.populate(journal, clock, days=90)
    return journal


@pytest.fixture
def summary_pdf(filled, clock, qapp, tmp_path):
    out = tmp_path / "summary.pdf"
    # The whole 90 days, so every kind of entry falls inside the period.
    export_pdf(filled, clock, out, date_from=clock.today() - timedelta(days=60))
    return out


def _pages_text(path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_text_has_drugs_dates_and_symptoms(summary_pdf):
    text = "\n".join(_pages_text(summary_pdf))
    for expected in ("letrozole", "palbociclib", "Line 1: Letrozole + palbociclib", "Cycle 4, day 7 of 28",
                     "Tiredness (fatigue)", "Bone pain", "CA 15-3", "U/mL", "up to 30 U/mL",
                     "Should I keep taking calcium with my bone injection?", "Test Patient"):
        assert expected in text, expected
    # Dates in the locale's words, the period and a lab date.
    assert "9 Jan 2026 to 10 Mar 2026" in text
    assert "Planned doses up to 10 Mar 2026:" in text and "missed" in text and "Missed" in text
    # Notes are left out unless chosen.
    assert "Felt more tired" not in text


def test_every_page_numbered_and_says_patient_reported(summary_pdf):
    pages = _pages_text(summary_pdf)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "patient-reported" in text
        # Page 1 says the title and the period once, in its body; later pages in their header.
        lines = text.splitlines()
        assert "9 Jan 2026 to 10 Mar 2026" in (lines[1] if number == 1 else lines[0])
        assert text.count("9 Jan 2026 to 10 Mar 2026") == 1


def test_first_chart_is_not_blank(summary_pdf):
    import numpy as np
    import pypdfium2 as pdfium

    with pdfplumber.open(summary_pdf) as pdf:
        # Page 1 is the text the team reads first; the charts follow.
        index = next(i for i, p in enumerate(pdf.pages) if p.images)
        page = pdf.pages[index]
        img = page.images[0]
        box = (img["x0"], img["top"], img["x1"], img["bottom"])
        # Embedded at 150 dpi or better: pixels per PDF point >= 150/72.
        assert img["srcsize"][0] / (img["x1"] - img["x0"]) >= 150 / 72 - 0.01
        page_w, page_h = page.width, page.height
    doc = pdfium.PdfDocument(str(summary_pdf))
    try:
        bitmap = doc[index].render(scale=1).to_pil().convert("L")
    finally:
        doc.close()
    sx, sy = bitmap.width / page_w, bitmap.height / page_h
    crop = np.asarray(bitmap.crop((int(box[0] * sx), int(box[1] * sy), int(box[2] * sx), int(box[3] * sy))), dtype=float)
    assert crop.size > 1000
    assert crop.std() > 20, "the chart box is blank"
    assert (crop < 128).mean() > 0.01  # some dark ink: axes, labels, cells


def test_bad_folder_is_a_plain_error(filled, clock, qapp, tmp_path):
    with pytest.raises(PdfWriteFailed):
        export_pdf(filled, clock, tmp_path / "no-such-folder" / "summary.pdf")
    assert not list(tmp_path.glob("**/*.part"))


def test_empty_journal_still_makes_a_summary(journal, clock, qapp, tmp_path):
    out = export_pdf(journal, clock, tmp_path / "empty.pdf")
    text = "\n".join(_pages_text(out))
    assert "No symptoms were logged in this period." in text
    assert "No current line of treatment recorded." in text
    assert "Page 1 of 1" in text


def test_each_chart_says_in_words_what_it_shows(summary_pdf):
    # Qt's PDF writer drops an image's alternative text, so the chart's one-sentence summary is
    # printed under it: the PDF's text (what a screen reader reads) carries it.
    text = " ".join(" ".join(_pages_text(summary_pdf)).split())
    assert re.search(r"Temperature: \d+ readings, lowest [\d.]+ °C, highest [\d.]+ °C, latest ", text)
    assert re.search(r"[a-z)]: rated \d+ times, highest \d \w+", text)
    assert re.search(r"letrozole: Taken \d+", text)
