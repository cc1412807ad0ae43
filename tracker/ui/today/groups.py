"""Times of day for grouping doses, and which medicines are supportive (drawn quieter).

Pure Python: the grouping is what the Today view, its model and the tests agree on.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: (id, English label, first hour). A dose belongs to the last group whose hour it has reached.
PERIODS = (
    ("night", QT_TRANSLATE_NOOP("TodayGroups", "Night"), 0),
    ("morning", QT_TRANSLATE_NOOP("TodayGroups", "Morning"), 5),
    ("midday", QT_TRANSLATE_NOOP("TodayGroups", "Midday"), 11),
    ("evening", QT_TRANSLATE_NOOP("TodayGroups", "Evening"), 17),
    ("night", QT_TRANSLATE_NOOP("TodayGroups", "Night"), 22),
)
OVERDUE = "overdue"
OVERDUE_LABEL = QT_TRANSLATE_NOOP("TodayGroups", "Earlier days, not marked yet")
#: Order of the groups on the page: the day in order, the late evening last, then overdue.
ORDER = ("morning", "midday", "evening", "night", OVERDUE)

#: Catalog classes that support rather than treat the cancer. Everything else, and every
#: medicine typed by hand (the catalog cannot tell: it may be a trial drug), keeps full weight.
SUPPORTIVE_CLASSES = frozenset({"bisphosphonate", "rankl_antibody", "steroid"})


def period_of(at: time) -> str:
    current = PERIODS[0][0]
    for period_id, _label, hour in PERIODS:
        if at.hour >= hour:
            current = period_id
    return current


def group_of(at: time, overdue: bool) -> str:
    return OVERDUE if overdue else period_of(at)


def group_label(group: str) -> str:
    if group == OVERDUE:
        return QCoreApplication.translate("TodayGroups", OVERDUE_LABEL)
    label = next(text for period_id, text, _h in PERIODS if period_id == group)
    return QCoreApplication.translate("TodayGroups", label)


def is_supportive(drug_id: str) -> bool:
    """Supportive medicines (bone agents, steroids) are drawn quieter; the catalog tells."""
    from tracker.services import catalog

    drug = catalog.drug(drug_id)
    return drug is not None and drug.drug_class in SUPPORTIVE_CLASSES
