"""The clinic summary's words, translated (context "ClinicSummary"), with locale dates and numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from tracker.render.chart_labels import chart_labels as _chart_labels
from tracker.render.chart_labels import locale_date, locale_number, symptom_names
from tracker.services.charts import ChartLabels
from tracker.services.reports.strings import ReportStrings

__all__ = ["chart_labels", "report_strings", "symptom_names"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClinicSummary", text)


def chart_labels(locale: QLocale | None = None, *, rtl: bool | None = None) -> ChartLabels:
    return _chart_labels(locale, rtl=rtl)


def report_strings(locale: QLocale | None = None, labels: ChartLabels | None = None, *, rtl: bool = False) -> ReportStrings:
    locale = locale or QLocale()
    labels = labels or _chart_labels(locale, rtl=rtl)
    return ReportStrings(
        title=_tr("Clinic summary"),
        date_range=_tr("{start} to {end}"),
        page=_tr("Page {page} of {pages}"),
        footer=_tr("Symptom ratings are patient-reported, not clinical grades."),
        patient_reported=_tr("patient-reported"),
        made_on=_tr("Made on {date} with Treatment Journey. Information recorded by the patient or their carer."),
        details=_tr("About me"),
        name=_tr("Name"),
        date_of_birth=_tr("Date of birth"),
        plan=_tr("Current treatment"),
        line=_tr("Line {number}: {name}"),
        since=_tr("since {date}"),
        drugs=_tr("Medicines"),
        cycle_position=_tr("Cycle {cycle}, day {day} of {length}"),
        no_plan=_tr("No current line of treatment recorded."),
        changes=_tr("Since the last appointment ({date})"),
        changes_no_visit=_tr("In this period"),
        change_line_started=_tr("Started line {number}: {name} on {date}."),
        change_line_ended=_tr("Line {number}: {name} ended on {date}."),
        change_symptom_worse=_tr("{symptom} worse: {before} before, up to {now} since (patient-reported)."),
        change_symptom_new=_tr("{symptom} reported for the first time, up to {now} (patient-reported)."),
        change_weight=_tr("Weight {start} → {end} ({delta})."),
        change_temperature=_tr("Highest temperature {value} on {date}."),
        change_doses_missed=_tr("Doses missed: {count}."),
        change_doses_held=_tr("Doses held by the team: {count}."),
        change_doses_skipped=_tr("Doses skipped: {count}."),
        no_changes=_tr("Nothing new was recorded in this period."),
        doses=_tr("Doses not taken"),
        doses_none=_tr("No doses were missed, held or skipped in this period."),
        col_date=_tr("Date"),
        col_medicine=_tr("Medicine"),
        col_status=_tr("What happened"),
        symptoms=_tr("Symptoms (patient-reported)"),
        symptoms_none=_tr("No symptoms were logged in this period."),
        symptoms_only_none=_tr("Logged and rated none (0) every time: {symptoms}."),
        col_symptom=_tr("Symptom"),
        col_entries=_tr("Entries"),
        col_highest=_tr("Highest"),
        col_latest=_tr("Latest"),
        measurements=_tr("Temperature and weight"),
        labs=_tr("Tumour markers and blood counts"),
        labs_none=_tr("No results were recorded in this period."),
        col_test=_tr("Test"),
        col_value=_tr("Result"),
        col_reference=_tr("Reference range"),
        col_flag=_tr("Outside range"),
        flag_high=_tr("High"),
        flag_low=_tr("Low"),
        range_upto=_tr("up to {high}"),
        range_from=_tr("{low} or more"),
        range_between=_tr("{low}–{high}"),
        questions=_tr("My questions"),
        notes=_tr("My notes"),
        chart_alt=_tr("Chart: {title}"),
        rating_names=labels.rating_names,
        format_date=locale_date(locale),
        format_number=locale_number(locale),
        chart_labels=labels,
        rtl=rtl,
    )
