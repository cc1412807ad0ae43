"""CSV exports in the reader's language: Qt translations of the headers and fixed words.

`tracker.services.exports.csv_export` holds the English source texts (`COLUMNS`,
`cell_words()`); they are listed here so lupdate extracts them (context "CsvExport").
tests/services/test_exports.py checks that the two lists agree.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.render.names import lab_name, symptom_name
from tracker.services.exports.csv_export import CsvWords

TEXTS = (
    QT_TRANSLATE_NOOP("CsvExport", 'Date and time'),
    QT_TRANSLATE_NOOP("CsvExport", 'Symptom'),
    QT_TRANSLATE_NOOP("CsvExport", 'Severity (0-4, patient-reported)'),
    QT_TRANSLATE_NOOP("CsvExport", 'How often (0-4, patient-reported)'),
    QT_TRANSLATE_NOOP("CsvExport", 'Effect on daily life (0-4, patient-reported)'),
    QT_TRANSLATE_NOOP("CsvExport", 'Where'),
    QT_TRANSLATE_NOOP("CsvExport", 'Note'),
    QT_TRANSLATE_NOOP("CsvExport", 'Entered by'),
    QT_TRANSLATE_NOOP("CsvExport", 'Measurement'),
    QT_TRANSLATE_NOOP("CsvExport", 'Value'),
    QT_TRANSLATE_NOOP("CsvExport", 'Unit'),
    QT_TRANSLATE_NOOP("CsvExport", 'Date taken'),
    QT_TRANSLATE_NOOP("CsvExport", 'Test'),
    QT_TRANSLATE_NOOP("CsvExport", 'Reference range low'),
    QT_TRANSLATE_NOOP("CsvExport", 'Reference range high'),
    QT_TRANSLATE_NOOP("CsvExport", 'Planned day'),
    QT_TRANSLATE_NOOP("CsvExport", 'Dose of the day'),
    QT_TRANSLATE_NOOP("CsvExport", 'Medicine'),
    QT_TRANSLATE_NOOP("CsvExport", 'What happened'),
    QT_TRANSLATE_NOOP("CsvExport", 'Recorded at'),
    QT_TRANSLATE_NOOP("CsvExport", 'Kind'),
    QT_TRANSLATE_NOOP("CsvExport", 'Place'),
    QT_TRANSLATE_NOOP("CsvExport", 'Notes'),
    QT_TRANSLATE_NOOP("CsvExport", 'Line'),
    QT_TRANSLATE_NOOP("CsvExport", 'Name'),
    QT_TRANSLATE_NOOP("CsvExport", 'Started'),
    QT_TRANSLATE_NOOP("CsvExport", 'Ended'),
    QT_TRANSLATE_NOOP("CsvExport", 'Reason for ending'),
    QT_TRANSLATE_NOOP("CsvExport", 'Medicines'),
    QT_TRANSLATE_NOOP("CsvExport", 'Written on'),
    QT_TRANSLATE_NOOP("CsvExport", 'Question'),
    QT_TRANSLATE_NOOP("CsvExport", 'Asked'),
    QT_TRANSLATE_NOOP("CsvExport", 'Answered'),
    QT_TRANSLATE_NOOP("CsvExport", 'Answer'),
    QT_TRANSLATE_NOOP("CsvExport", 'Date'),
    QT_TRANSLATE_NOOP("CsvExport", 'Scan'),
    QT_TRANSLATE_NOOP("CsvExport", 'Result summary'),
    QT_TRANSLATE_NOOP("CsvExport", 'Taken'),
    QT_TRANSLATE_NOOP("CsvExport", 'Missed'),
    QT_TRANSLATE_NOOP("CsvExport", 'Skipped'),
    QT_TRANSLATE_NOOP("CsvExport", 'Held by the team'),
    QT_TRANSLATE_NOOP("CsvExport", 'Cancer grew (progression)'),
    QT_TRANSLATE_NOOP("CsvExport", 'Side effects'),
    QT_TRANSLATE_NOOP("CsvExport", 'Completed'),
    QT_TRANSLATE_NOOP("CsvExport", 'Own choice'),
    QT_TRANSLATE_NOOP("CsvExport", 'Other'),
    QT_TRANSLATE_NOOP("CsvExport", 'Temperature'),
    QT_TRANSLATE_NOOP("CsvExport", 'Weight'),
    QT_TRANSLATE_NOOP("CsvExport", 'Clinic visit'),
    QT_TRANSLATE_NOOP("CsvExport", 'Blood test'),
    QT_TRANSLATE_NOOP("CsvExport", 'Infusion'),
    QT_TRANSLATE_NOOP("CsvExport", 'First day'),
    QT_TRANSLATE_NOOP("CsvExport", 'Last day'),
    QT_TRANSLATE_NOOP("CsvExport", 'Treatment days'),
    QT_TRANSLATE_NOOP("CsvExport", 'Where in the body'),
    QT_TRANSLATE_NOOP("CsvExport", 'Aim'),
    QT_TRANSLATE_NOOP("CsvExport", 'Dose and fractions (as the letter says)'),
    QT_TRANSLATE_NOOP("CsvExport", 'Radiotherapy'),
    QT_TRANSLATE_NOOP("CsvExport", 'Procedure or operation'),
    QT_TRANSLATE_NOOP("CsvExport", 'Stereotactic radiotherapy'),
    QT_TRANSLATE_NOOP("CsvExport", 'Surgery'),
    QT_TRANSLATE_NOOP("CsvExport", 'Pleural drain'),
    QT_TRANSLATE_NOOP("CsvExport", 'Ascitic drain'),
    QT_TRANSLATE_NOOP("CsvExport", 'Vertebroplasty'),
    QT_TRANSLATE_NOOP("CsvExport", 'Ablation'),
    QT_TRANSLATE_NOOP("CsvExport", 'Other procedure'),
    QT_TRANSLATE_NOOP("CsvExport", 'Yes'),
    QT_TRANSLATE_NOOP("CsvExport", 'No'),
)


def _word(text: str) -> str:
    return QCoreApplication.translate("CsvExport", text)


def csv_words() -> CsvWords:
    """Headers, words and names in the language whose translators are installed."""
    return CsvWords(word=_word, symptom=symptom_name, lab=lab_name)
