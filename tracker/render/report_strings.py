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
        footer=_tr("Symptom ratings are patient-reported (carer-reported where marked), not clinical grades."),
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
        change_line_started=_tr("Started line {number}: {name} on {date}."),
        change_symptom_worse=_tr("{symptom} worse: {before} before, up to {now} since (patient-reported)."),
        change_symptom_new=_tr("{symptom} reported for the first time, up to {now} (patient-reported)."),
        change_weight=_tr("Weight {start} → {end} ({delta})."),
        change_temperature=_tr("Highest temperature {value} on {date}."),
        team_changes=_tr("What the team changed since the last appointment ({date})"),
        team_changes_no_visit=_tr("What the team changed in this period"),
        no_team_changes=_tr("No change to the treatment was recorded in this period."),
        change_delay=_tr("{what}: delayed by {days} days from {date}."),
        change_hold=_tr("{what}: held from {date}."),
        change_reduce=_tr("{what}: dose changed from {date} to {dose}."),
        change_break=_tr("{what}: treatment break from {date}."),
        change_resume=_tr("{what}: restarted on {date}."),
        change_dose_change=_tr("{what}: new dose from {date}: {dose}."),
        change_line_ended_reason=_tr("Line {number}: {name} ended on {date}. Reason: {reason}."),
        change_note=_tr("Note: {note}"),
        end_reasons={
            "progression": _tr("the cancer grew (progression)"), "side_effects": _tr("side effects"),
            "completed": _tr("course completed"), "own_choice": _tr("the patient's choice"), "other": _tr("other reason"),
        },
        local_treatments=_tr("Treatments since the last appointment ({date})"),
        local_treatments_no_visit=_tr("Radiotherapy, operations and procedures in this period"),
        local_course=_tr("{kind} to {site}: {count} treatments, {start} to {end}."),
        local_one_day=_tr("{kind} to {site} on {date}."),
        local_dose=_tr("Dose: {dose}."),
        local_aim=_tr("Aim: {aim}."),
        local_kinds={
            "radiotherapy": _tr("Radiotherapy"), "stereotactic": _tr("Stereotactic radiotherapy"),
            "surgery": _tr("Surgery"), "pleural_drain": _tr("Pleural drain"), "ascitic_drain": _tr("Ascitic drain"),
            "vertebroplasty": _tr("Vertebroplasty"), "ablation": _tr("Ablation"), "other": _tr("Procedure"),
        },
        anti_cancer_doses=_tr("Anti-cancer medicines: doses"),
        dose_counts=_tr("Planned doses up to {date}: {counts}."),
        count_taken=_tr("{count} taken"),
        count_missed=_tr("{count} missed"),
        count_skipped=_tr("{count} skipped"),
        count_held=_tr("{count} held by the team"),
        count_unrecorded=_tr("{count} not recorded"),
        doses_not_recorded=_tr("{count} doses not recorded: nobody marked them taken or missed ({detail})."),
        doses_not_recorded_item=_tr("{drug} {count}, {start} to {end}"),
        doses_all_taken=_tr("All {count} planned doses were marked taken."),
        doses_none_planned=_tr("No anti-cancer doses were planned in this period."),
        other_medicines=_tr("Other medicines (supportive, or typed by hand): {counts}. Details under “{heading}” below."),
        other_medicines_heading=_tr("Other medicines: doses not taken"),
        symptoms_worse=_tr("Symptoms new or worse (patient-reported)"),
        symptoms_none_worse=_tr("No symptom was new or worse than in the period before."),
        carer_reported=_tr("reported by carer ({names})"),
        carer_reported_sentence=_tr("Some ratings reported by carer ({names})."),
        carer_reported_value=_tr("Reported by carer ({names})."),
        latest_labs=_tr("Latest blood results"),
        latest_labs_none=_tr("No blood results have been recorded."),
        before_period=_tr("before this period"),
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
        labs=_tr("Tumour markers and blood counts in this period"),
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
