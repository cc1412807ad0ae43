"""Translated chart labels and locale-aware date/number formatting for the chart builders."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from tracker.services.charts.labels import ChartLabels


def _tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def locale_date(locale: QLocale):
    def fmt(d: date) -> str:
        return locale.toString(QDate(d.year, d.month, d.day), "d MMM yyyy")

    return fmt


def locale_number(locale: QLocale):
    def fmt(value: float, decimals: int) -> str:
        return locale.toString(float(value), "f", decimals)

    return fmt


def locale_digits(locale: QLocale):
    """ASCII digits and point -> the locale's (Persian ۰-۹ and ٫), for chart tick labels."""
    zero = locale.zeroDigit()
    if not zero or zero == "0":
        return str
    table = str.maketrans("0123456789.", "".join(chr(ord(zero) + i) for i in range(10)) + (locale.decimalPoint() or "."))
    return lambda text: text.translate(table)


def symptom_names() -> dict[str, str]:
    """Symptom term id -> translated name (context "Symptoms", shared with the diary), and
    "term:frequency" / "term:interference" -> the label of that scale's series."""
    from tracker.domain.symptoms import terms

    names = {t.id: QCoreApplication.translate("Symptoms", t.name) for t in terms()}
    scales = {"frequency": _tr("{symptom} (how often)"), "interference": _tr("{symptom} (effect on daily life)")}
    for term_id, name in list(names.items()):
        for scale, template in scales.items():
            names[f"{term_id}:{scale}"] = template.format(symptom=name)
    return names


def chart_labels(locale: QLocale | None = None, *, rtl: bool | None = None) -> ChartLabels:
    locale = locale or QLocale()
    if rtl is None:
        rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
    return ChartLabels(
        date_axis=_tr("Date"),
        symptom_title=_tr("Symptoms (patient-reported)"),
        symptom_title_weekly=_tr("Symptoms (patient-reported), highest rating each week"),
        symptom_axis=_tr("Patient-reported rating"),
        rating_names=(_tr("0 None"), _tr("1 Mild"), _tr("2 Moderate"), _tr("3 Severe"), _tr("4 Very severe")),
        line_band=_tr("Line {number}: {name}"),
        line_band_short=_tr("L{number}"),
        cycle_starts=_tr("Cycle starts"),
        radiotherapy_days=_tr("Radiotherapy"),
        procedure_days=_tr("Operation or procedure"),
        measurements_title=_tr("Temperature and weight"),
        value_with_unit=_tr("{label} ({unit})"),
        measurement_names={"temperature": _tr("Temperature"), "weight": _tr("Weight")},
        markers_title=_tr("Tumour markers"),
        counts_title=_tr("Blood counts"),
        other_labs_title=_tr("Other blood tests"),
        reference_range=_tr("Reference range"),
        doses_title=_tr("Dose calendar"),
        dose_statuses={
            "taken": _tr("Taken"), "missed": _tr("Missed"), "held": _tr("Held by team"), "skipped": _tr("Skipped"),
            "unrecorded": _tr("Not recorded"), "planned": _tr("Planned"),
        },
        no_data=_tr("Nothing recorded in this period"),
        hover_value=_tr("{label}: {value} on {date}"),
        hover_week=_tr("{label}: up to {value} in the week of {date}"),
        month_names=tuple(locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)),
        format_date=locale_date(locale),
        format_number=locale_number(locale),
        digits=locale_digits(locale),
        scale_ratings={
            "frequency": (_tr("0 Never"), _tr("1 Rarely"), _tr("2 Occasionally"), _tr("3 Frequently"), _tr("4 Almost constantly")),
            "interference": (_tr("0 Not at all"), _tr("1 A little bit"), _tr("2 Somewhat"), _tr("3 Quite a bit"), _tr("4 Very much")),
        },
        mixed_scale_axis=_tr("Patient-reported rating (0 = none or never, 4 = the most)"),
        fever_line=_tr("37.5 °C: call during treatment"),
        table_headers=(_tr("Date"), _tr("What"), _tr("Value"), _tr("Unit"), _tr("Reported by")),
        reported_by_patient=_tr("Patient"),
        reported_by_carer=_tr("Carer ({name})"),
        rating_unit=_tr("rating 0 to 4"),
        week_of=_tr("week of {date}"),
        summary=_tr("{title}, {start} to {end}: {parts}."),
        summary_values=_tr("{label}: {readings}, lowest {low}, highest {high}, latest {latest} on {latest_date}"),
        summary_ratings=_tr("{label}: rated {times}, highest {high}, latest {latest} on {latest_date}"),
        summary_readings=(_tr("1 reading"), _tr("{count} readings")),
        summary_times=(_tr("once"), _tr("{count} times")),
        summary_doses=_tr("{drug}: {counts}"),
        summary_dose_count=_tr("{status} {count}"),
        summary_nothing=_tr("{title}, {start} to {end}: nothing recorded in this period."),
        rtl=rtl,
    )
