"""The clinic summary's words, translated (context "ClinicSummary"), with locale dates and numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from tracker.services.charts import ChartLabels
from tracker.services.reports.strings import ReportStrings
from tracker.ui.charts.labels import chart_labels as _chart_labels
from tracker.ui.charts.labels import locale_date, locale_number, symptom_names

__all__ = ["chart_labels", "report_strings", "symptom_names"]


def _t(text: str) -> str:
    return QCoreApplication.translate("ClinicSummary", text)


def chart_labels(locale: QLocale | None = None, *, rtl: bool | None = None) -> ChartLabels:
    return _chart_labels(locale, rtl=rtl)


def report_strings(locale: QLocale | None = None, labels: ChartLabels | None = None, *, rtl: bool = False) -> ReportStrings:
    locale = locale or QLocale()
    labels = labels or _chart_labels(locale, rtl=rtl)
    return ReportStrings(
        title=_t("Clinic summary"),
        date_range=_t("{start} to {end}"),
        page=_t("Page {page} of {pages}"),
        footer=_t("Symptom ratings are patient-reported, not clinical grades."),
        patient_reported=_t("patient-reported"),
        made_on=_t("Made on {date} with Treatment Journey. Information recorded by the patient or their carer."),
        details=_t("About me"),
        name=_t("Name"),
        date_of_birth=_t("Date of birth"),
        plan=_t("Current treatment"),
        line=_t("Line {number}: {name}"),
        since=_t("since {date}"),
        drugs=_t("Medicines"),
        cycle_position=_t("Cycle {cycle}, day {day} of {length}"),
        no_plan=_t("No current line of treatment recorded."),
        changes=_t("Since the last appointment ({date})"),
        changes_no_visit=_t("In this period"),
        change_line_started=_t("Started line {number}: {name} on {date}."),
        change_line_ended=_t("Line {number}: {name} ended on {date}."),
        change_symptom_worse=_t("{symptom} worse: {before} before, up to {now} since (patient-reported)."),
        change_symptom_new=_t("{symptom} reported for the first time, up to {now} (patient-reported)."),
        change_weight=_t("Weight {start} → {end} ({delta})."),
        change_temperature=_t("Highest temperature {value} on {date}."),
        change_doses_missed=_t("Doses missed: {count}."),
        change_doses_held=_t("Doses held by the team: {count}."),
        change_doses_skipped=_t("Doses skipped: {count}."),
        no_changes=_t("Nothing new was recorded in this period."),
        doses=_t("Doses not taken"),
        doses_none=_t("No doses were missed, held or skipped in this period."),
        col_date=_t("Date"),
        col_medicine=_t("Medicine"),
        col_status=_t("What happened"),
        symptoms=_t("Symptoms (patient-reported)"),
        symptoms_none=_t("No symptoms were logged in this period."),
        symptoms_only_none=_t("Logged and rated none (0) every time: {symptoms}."),
        col_symptom=_t("Symptom"),
        col_entries=_t("Entries"),
        col_highest=_t("Highest"),
        col_latest=_t("Latest"),
        measurements=_t("Temperature and weight"),
        labs=_t("Tumour markers and blood counts"),
        labs_none=_t("No results were recorded in this period."),
        col_test=_t("Test"),
        col_value=_t("Result"),
        col_reference=_t("Reference range"),
        col_flag=_t("Outside range"),
        flag_high=_t("High"),
        flag_low=_t("Low"),
        range_upto=_t("up to {high}"),
        range_from=_t("{low} or more"),
        range_between=_t("{low}–{high}"),
        questions=_t("My questions"),
        notes=_t("My notes"),
        chart_alt=_t("Chart: {title}"),
        rating_names=labels.rating_names,
        format_date=locale_date(locale),
        format_number=locale_number(locale),
        chart_labels=labels,
        rtl=rtl,
    )
