"""A Persian (right-to-left) clinic summary renders shaped and mirrored.

Text extraction returns RTL text in visual order, so the rendered page 1 is compared with
a reviewed reference image (mean absolute pixel difference). To refresh the reference
after an intended change: TRACKER_UPDATE_REFERENCE=1 pytest tests/ui/test_pdf_rtl.py,
then look at the PNG before committing it.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import numpy as np

from tracker.services.charts import ChartLabels
from tracker.services.reports.clinic_summary import build_clinic_summary
from tracker.services.reports.data import Note, Question
from tracker.services.reports.sample import sample_report_data
from tracker.services.reports.strings import ReportStrings

REFERENCE = Path(__file__).parent / "reference" / "clinic_summary_fa_p1.png"
TODAY = date(2026, 3, 10)
DPI = 60
#: Mean absolute difference (0-255 grey levels) allowed: font hinting and anti-aliasing vary
#: a little between machines; a mirrored or different page is far above this.
TOLERANCE = 4.0

FA_MONTHS = ("ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر")
FA_DIGITS = str.maketrans("0123456789.", "۰۱۲۳۴۵۶۷۸۹٫")


def fa_date(d: date) -> str:
    return f"{d.day} {FA_MONTHS[d.month - 1]} {d.year}".translate(FA_DIGITS)


def fa_number(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}".translate(FA_DIGITS)


def persian_strings() -> ReportStrings:
    labels = ChartLabels(
        date_axis="تاریخ", symptom_title="علائم (گزارش بیمار)", symptom_axis="امتیاز گزارش بیمار",
        rating_names=("۰ هیچ", "۱ خفیف", "۲ متوسط", "۳ شدید", "۴ خیلی شدید"), line_band="خط {number}: {name}",
        cycle_starts="شروع دوره", measurements_title="دما و وزن", markers_title="نشانگرهای تومور",
        counts_title="شمارش خون", reference_range="محدوده مرجع", doses_title="تقویم دوز", month_names=FA_MONTHS,
        dose_statuses={"taken": "مصرف شد", "missed": "جا افتاد", "held": "تیم نگه داشت", "skipped": "رد شد", "unrecorded": "ثبت نشد", "planned": "برنامه"},
        no_data="در این دوره چیزی ثبت نشده", format_date=fa_date, format_number=fa_number, digits=lambda t: t.translate(FA_DIGITS), rtl=True,
    )
    return ReportStrings(
        title="خلاصه برای درمانگاه", date_range="{start} تا {end}", page="صفحه {page} از {pages}",
        footer="امتیاز علائم را بیمار گزارش کرده است (گزارش بیمار)، نه درجه بالینی.", details="درباره من", name="نام",
        date_of_birth="تاریخ تولد", plan="درمان فعلی", line="خط {number}: {name}", since="از {date}", drugs="داروها",
        cycle_position="دوره {cycle}، روز {day} از {length}",
        made_on="تهیه‌شده در {date} با Treatment Journey. اطلاعات را بیمار یا مراقب او ثبت کرده است.",
        team_changes="آنچه تیم از آخرین ویزیت ({date}) تغییر داد", team_changes_no_visit="آنچه تیم در این دوره تغییر داد",
        no_team_changes="در این دوره تغییری در درمان ثبت نشده است.", change_line_started="شروع خط {number}: {name} در {date}.",
        change_line_ended_reason="خط {number}: {name} در {date} پایان یافت. دلیل: {reason}.",
        end_reasons={"progression": "پیشرفت بیماری", "side_effects": "عوارض جانبی", "completed": "پایان دوره",
                     "own_choice": "انتخاب بیمار", "other": "دلیل دیگر"},
        anti_cancer_doses="داروهای ضدسرطان: دوزها", dose_counts="دوزهای برنامه‌ریزی‌شده تا {date}: {counts}.",
        count_taken="{count} مصرف شد", count_missed="{count} جا افتاد", count_skipped="{count} رد شد",
        count_held="{count} را تیم نگه داشت", count_unrecorded="{count} ثبت نشد",
        doses_not_recorded="{count} دوز ثبت نشده است: کسی آن‌ها را مصرف‌شده یا جاافتاده علامت نزد ({detail}).",
        doses_not_recorded_item="{drug} {count}، {start} تا {end}", doses_all_taken="هر {count} دوز برنامه‌ریزی‌شده مصرف‌شده علامت خورد.",
        doses_none_planned="در این دوره دوز ضدسرطانی برنامه‌ریزی نشده بود.",
        other_medicines="داروهای دیگر (حمایتی یا تایپ‌شده): {counts}. جزئیات در «{heading}» در ادامه.",
        other_medicines_heading="داروهای دیگر: دوزهای مصرف‌نشده", symptoms_worse="علائم تازه یا بدتر (گزارش بیمار)",
        symptoms_none_worse="هیچ علامتی نسبت به دوره قبل تازه یا بدتر نبود.", carer_reported="گزارش مراقب ({names})",
        carer_reported_sentence="برخی امتیازها را مراقب ({names}) گزارش کرده است.",
        latest_labs="آخرین نتایج آزمایش خون", latest_labs_none="هیچ نتیجه آزمایش خونی ثبت نشده است.", before_period="پیش از این دوره",
        labs="نشانگرهای تومور و شمارش خون در این دوره", col_test="آزمایش", col_value="نتیجه", col_reference="محدوده مرجع",
        col_flag="خارج از محدوده", flag_high="بالا", flag_low="پایین", range_upto="تا {high}",
        change_symptom_worse="{symptom} بدتر: قبلاً {before}، اکنون تا {now} (گزارش بیمار).",
        change_symptom_new="{symptom} برای اولین بار، تا {now} (گزارش بیمار).", change_weight="وزن {start} ← {end} ({delta}).",
        change_temperature="بیشترین دما {value} در {date}.",
        symptoms="علائم (گزارش بیمار)", questions="پرسش‌های من", notes="یادداشت‌های من", col_date="تاریخ", col_medicine="دارو", col_status="چه شد",
        col_symptom="علامت", col_entries="تعداد", col_highest="بیشترین", col_latest="آخرین",
        rating_names=labels.rating_names, format_date=fa_date, format_number=fa_number, chart_labels=labels, rtl=True,
    )


def persian_report():
    data = sample_report_data(TODAY, years=1)
    data.patient_name = "مریم احمدی"
    data.date_of_birth = None
    data.diagnosis = [("وضعیت گیرنده", "ER+ PR+ HER2−"), ("محل انتشار", "استخوان، کبد")]
    data.plan = type(data.plan)(data.plan.line_number, "لتروزول + پالبوسیکلیب", data.plan.line_start, ("لتروزول", "پالبوسیکلیب"), data.plan.cycle, data.plan.cycle_day, data.plan.cycle_length)
    data.questions = [Question("آیا باید کلسیم را همراه با تزریق استخوان ادامه دهم؟")]
    data.notes = [Note(TODAY, "هفته بعد از شروع دوره خسته‌تر از همیشه بودم.")]
    names = ("خستگی", "تهوع", "درد استخوان", "درد دست و پا")
    data.charts.symptoms = [type(s)(s.symptom_id, names[i], s.points) for i, s in enumerate(data.charts.symptoms)]
    data.charts.doses = [type(d)(d.day, "لتروزول", d.status) for d in data.charts.doses]
    data.charts.bands = [type(b)(b.number, "لتروزول + پالبوسیکلیب", b.start, b.end) for b in data.charts.bands]
    return data


def render_page_one(pdf: Path) -> np.ndarray:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        image = doc[0].render(scale=DPI / 72).to_pil().convert("L")
    finally:
        doc.close()
    return np.asarray(image, dtype=float)


def _render(tmp_path: Path, name: str, *, rtl: bool, persian: bool = True) -> np.ndarray:
    from PySide6.QtCore import QLocale

    from tracker.render.pdf import render_pdf

    strings = persian_strings() if persian else ReportStrings()
    strings.rtl = rtl
    report = build_clinic_summary(persian_report() if persian else sample_report_data(TODAY, years=1), strings)
    out = tmp_path / f"{name}.pdf"
    render_pdf(report, out, locale=QLocale(QLocale.Language.Persian if persian else QLocale.Language.English), rtl=rtl)
    return render_page_one(out)


def _diff(a: np.ndarray, b: np.ndarray) -> float:
    assert a.shape == b.shape, (a.shape, b.shape)
    return float(np.abs(a - b).mean())


def test_persian_page_matches_reviewed_reference(qapp, tmp_path):
    from PIL import Image

    page = _render(tmp_path, "fa", rtl=True)
    if os.environ.get("TRACKER_UPDATE_REFERENCE") == "1":
        REFERENCE.parent.mkdir(parents=True, exist_ok=True)
        Image.fromarray(page.astype("uint8")).save(REFERENCE)
    reference = np.asarray(Image.open(REFERENCE).convert("L"), dtype=float)
    assert _diff(page, reference) <= TOLERANCE


def test_reference_comparison_notices_a_wrong_direction(qapp, tmp_path):
    """Controls: the same Persian content laid out left-to-right, or the English summary, do not pass."""
    from PIL import Image

    reference = np.asarray(Image.open(REFERENCE).convert("L"), dtype=float)
    assert _diff(_render(tmp_path, "fa-ltr", rtl=False), reference) > TOLERANCE * 1.5
    assert _diff(_render(tmp_path, "en", rtl=False, persian=False), reference) > TOLERANCE * 1.5


def test_persian_text_is_in_the_pdf(qapp, tmp_path):
    import pdfplumber
    from PySide6.QtCore import QLocale

    from tracker.render.pdf import render_pdf

    out = tmp_path / "fa.pdf"
    render_pdf(build_clinic_summary(persian_report(), persian_strings()), out, locale=QLocale(QLocale.Language.Persian), rtl=True)
    with pdfplumber.open(out) as pdf:
        pages = len(pdf.pages)
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert pages >= 2
    # Extraction gives visual order; the Persian page numbers are there in Persian digits.
    assert "۱" in text and f"{pages}".translate(FA_DIGITS) in text
    assert "ER+ PR+ HER2" in text
