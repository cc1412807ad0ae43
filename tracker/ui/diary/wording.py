"""Translated words for the diary's data: symptom names, scale words, kinds, lab tests.

The domain keeps English source text; this module marks it for translation and looks it up.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from tracker.domain import symptoms
from tracker.render.names import lab_name, symptom_name  # noqa: F401 - re-exported for the UI

_SCALE_NOOP = (
    QT_TRANSLATE_NOOP("SymptomScale", "none"), QT_TRANSLATE_NOOP("SymptomScale", "mild"),
    QT_TRANSLATE_NOOP("SymptomScale", "moderate"), QT_TRANSLATE_NOOP("SymptomScale", "severe"),
    QT_TRANSLATE_NOOP("SymptomScale", "very severe"), QT_TRANSLATE_NOOP("SymptomScale", "never"),
    QT_TRANSLATE_NOOP("SymptomScale", "rarely"), QT_TRANSLATE_NOOP("SymptomScale", "occasionally"),
    QT_TRANSLATE_NOOP("SymptomScale", "frequently"), QT_TRANSLATE_NOOP("SymptomScale", "almost constantly"),
    QT_TRANSLATE_NOOP("SymptomScale", "not at all"), QT_TRANSLATE_NOOP("SymptomScale", "a little bit"),
    QT_TRANSLATE_NOOP("SymptomScale", "somewhat"), QT_TRANSLATE_NOOP("SymptomScale", "quite a bit"),
    QT_TRANSLATE_NOOP("SymptomScale", "very much"),
    # Episode counts in 24 hours (symptoms.EPISODE_SCALES): diarrhoea and vomiting.
    QT_TRANSLATE_NOOP("SymptomScale", "none above normal"), QT_TRANSLATE_NOOP("SymptomScale", "1 to 3 above normal"),
    QT_TRANSLATE_NOOP("SymptomScale", "4 to 6 above normal"),
    QT_TRANSLATE_NOOP("SymptomScale", "7 to 9 above normal"),
    QT_TRANSLATE_NOOP("SymptomScale", "10 or more above normal"), QT_TRANSLATE_NOOP("SymptomScale", "1 to 2 times"),
    QT_TRANSLATE_NOOP("SymptomScale", "3 to 5 times"), QT_TRANSLATE_NOOP("SymptomScale", "6 to 9 times"),
    QT_TRANSLATE_NOOP("SymptomScale", "10 times or more"),
)

KIND_NAMES = {
    "symptoms": QT_TRANSLATE_NOOP("DiaryKinds", "Symptoms"),
    "lab": QT_TRANSLATE_NOOP("DiaryKinds", "Lab result"),
    "scan": QT_TRANSLATE_NOOP("DiaryKinds", "Scan"),
    "note": QT_TRANSLATE_NOOP("DiaryKinds", "Note"),
    "question": QT_TRANSLATE_NOOP("DiaryKinds", "Question"),
    "dose": QT_TRANSLATE_NOOP("DiaryKinds", "Dose"),
    "appointment": QT_TRANSLATE_NOOP("DiaryKinds", "Appointment"),
}

ATTRIBUTE_QUESTIONS = {
    "severity": QT_TRANSLATE_NOOP("SymptomScale", "How bad at its worst?"),
    "frequency": QT_TRANSLATE_NOOP("SymptomScale", "How often?"),
    "interference": QT_TRANSLATE_NOOP("SymptomScale", "How much did it get in the way of daily life?"),
}
ATTRIBUTE_QUESTIONS_WEEK = {
    "severity": QT_TRANSLATE_NOOP("SymptomScale", "In the past 7 days, how bad at its worst?"),
    "frequency": QT_TRANSLATE_NOOP("SymptomScale", "In the past 7 days, how often?"),
    "interference": QT_TRANSLATE_NOOP("SymptomScale", "In the past 7 days, how much did it get in the way of daily life?"),
}


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def symptom_description(term_id: str) -> str:
    term = symptoms.term(term_id)
    return _translate("Symptoms", term.description) if term else ""


def scale_word(attribute: str, value: int | None, term_id: str | None = None) -> str:
    return _translate("SymptomScale", symptoms.scale_word(attribute, value, term_id)) if value is not None else ""


def kind_name(kind: str) -> str:
    return _translate("DiaryKinds", KIND_NAMES.get(kind, kind))


def number(value: float, decimals: int = 1) -> str:
    """A locale-formatted number without useless trailing zeros."""
    text = QLocale().toString(float(value), "f", decimals)
    point = QLocale().decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text
