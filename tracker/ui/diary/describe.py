"""Plain, translated one-line descriptions of timeline items (what the Diary list shows)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from tracker.services import catalog
from tracker.services.timeline import TimelineItem
from tracker.ui.diary.wording import kind_name, lab_name, number, scale_word, symptom_name
from tracker.ui.plan import words


def tr(text: str) -> str:
    return QCoreApplication.translate("DiaryTimeline", text)


def local_time(item: TimelineItem, fallback_zone) -> datetime:
    """The wall-clock time where it was logged (a back-filled entry keeps its own zone)."""
    try:
        zone = ZoneInfo(item.tz) if item.tz else fallback_zone
    except (KeyError, ValueError):
        zone = fallback_zone
    return item.occurred_at.astimezone(zone)


def format_datetime(when: datetime) -> str:
    qdt = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


def format_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def when_text(item: TimelineItem, zone) -> str:
    if item.kind == "lab" and item.detail.get("taken_on"):
        return format_date(item.detail["taken_on"])
    if item.kind == "scan" and item.detail.get("done_on"):
        return format_date(item.detail["done_on"])
    return format_datetime(local_time(item, zone))


def _rating_text(rating: tuple) -> str:
    term_id, severity, frequency, interference, location = rating  # timeline.RATING_FIELDS
    parts = [scale_word(a, v) for a, v in (("severity", severity), ("frequency", frequency),
                                           ("interference", interference)) if v is not None]
    text = symptom_name(term_id)
    if parts:
        text += " (" + ", ".join(parts) + ")"
    if location:
        text += " " + tr("at {place}").format(place=location)
    return text


def _measure_text(m: dict) -> str:
    value = number(m["value"], 2)
    if m["kind"] == "temperature":
        return tr("Temperature {value} {unit}").format(value=value, unit=m["unit"])
    if m["kind"] == "weight":
        return tr("Weight {value} {unit}").format(value=value, unit=m["unit"])
    return f"{m.get('label') or ''} {value} {m['unit']}".strip()


def drug_name(detail: dict) -> str:
    """The drug as the plan names it (catalog or typed by hand), never its id."""

    drug_id = detail.get("drug_id") or ""
    return detail.get("drug_name") or catalog.display_name(drug_id, drug_id)


def summary(item: TimelineItem) -> str:
    d = item.detail
    if item.kind == "symptoms":
        parts = [_rating_text(r) for r in d.get("ratings", [])] + [_measure_text(m) for m in d.get("measurements", [])]
        if d.get("note"):
            parts.append("“" + d["note"].splitlines()[0][:80] + "”")
        text = "; ".join(parts) or tr("(empty)")
        if d.get("recall_days") == 7:
            text = tr("Weekly check-in: {text}").format(text=text)
        return text
    if item.kind == "lab":
        ref = ""
        if d.get("ref_low") or d.get("ref_high"):
            ref = " " + tr("(report's range {low} to {high})").format(low=d.get("ref_low") or "…", high=d.get("ref_high") or "…")
        return f"{lab_name(d.get('test', ''), d.get('test_label'))}: {number(d.get('value', 0), 3)} {d.get('unit') or ''}".rstrip() + ref
    if item.kind == "scan":
        result = d.get("result_summary") or tr("no result recorded yet")
        return f"{d.get('scan_type', '')}: {result.splitlines()[0][:100]}"
    if item.kind == "note":
        return (d.get("text") or "").splitlines()[0][:120] if d.get("text") else ""
    if item.kind == "question":
        state = tr("answered") if d.get("answered") else (tr("asked") if d.get("asked") else tr("to ask"))
        return f"{d.get('text', '')} [{state}]"
    if item.kind == "dose":
        status = words.status_label(d.get("status")) or d.get("status") or ""
        text = tr("{drug}: {status}").format(drug=drug_name(d), status=status)
        if d.get("backfilled"):
            text += " " + tr("(filled in afterwards)")
        return text
    if item.kind == "appointment":
        kind = words.appointment_kind_label(d.get("kind") or "") or d.get("kind") or ""
        if d.get("treatment_kind"):  # a radiotherapy or procedure day names its treatment
            what = words.local_kind_label(d["treatment_kind"], d.get("procedure_kind"))
            if (d.get("treatment_count") or 0) > 1 and d.get("treatment_number"):
                return tr("{what} – {site}, treatment {n} of {count}").format(
                    what=what, site=d.get("site") or "", n=words.num(d["treatment_number"]),
                    count=words.num(d["treatment_count"]))
            return tr("{what} – {site}").format(what=what, site=d.get("site") or "")
        place = d.get("place") or ""
        return f"{kind} {place}".strip()
    return ""


def full_text(item: TimelineItem) -> str:
    """Longer text for the tooltip and the screen reader."""
    text = f"{kind_name(item.kind)}: {summary(item)}"
    if item.kind == "symptoms" and item.detail.get("ratings"):
        text += "\n" + tr("Ratings are patient-reported.")
    if item.kind == "symptoms" and item.detail.get("note"):
        text += "\n" + item.detail["note"]
    if item.deleted:
        text += "\n" + tr("Deleted (kept in history).")
    return text
