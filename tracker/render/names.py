"""Symptom and blood-test names in the reader's language (used by the UI, the PDF and CSV)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.domain import symptoms
from tracker.domain.measurements import LAB_TESTS


def symptom_name(term_id: str) -> str:
    term = symptoms.term(term_id)
    return QCoreApplication.translate("Symptoms", term.name) if term else term_id


def lab_name(test_id: str, label: str | None = None) -> str:
    if test_id == "other" and label:
        return label
    for tid, name, _unit in LAB_TESTS:
        if tid == test_id:
            return QCoreApplication.translate("LabTests", name)
    return test_id
