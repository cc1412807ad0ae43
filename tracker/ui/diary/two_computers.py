""""Changed on two computers" (issue 18): an entry edited on two computers between syncs
keeps the later edit; the earlier one is kept in its history. The Diary marks such entries
and this dialog shows the earlier version(s) as plain text, described the way the Diary
describes entries (tracker/ui/diary/describe.py).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from tracker.services.timeline import TimelineItem
from tracker.ui.diary.describe import full_text, when_text


def tr(text: str) -> str:
    return QCoreApplication.translate("TwoComputers", text)


def _date(raw: Any) -> Any:
    return date.fromisoformat(raw) if isinstance(raw, str) and len(raw) == 10 else raw


def _instant(raw: Any, fallback: datetime) -> datetime:
    try:
        return datetime.fromisoformat(raw) if isinstance(raw, str) else fallback
    except ValueError:
        return fallback


def version_item(item: TimelineItem, record: dict[str, Any]) -> TimelineItem | None:
    """The earlier version as a timeline item (so it is described like any entry); None when
    that version was a deletion."""
    values = record.get("v")
    if not isinstance(values, dict):
        return None
    detail: dict[str, Any] = {k: v for k, v in values.items() if not k.endswith("_id") or k in ("drug_id", "term_id")}
    if item.kind == "symptoms":
        children = record.get("c") or {}
        detail["ratings"] = [(e.get("term_id"), e.get("severity"), e.get("frequency"), e.get("interference"),
                              e.get("location")) for e in children.get("symptom_entries", [])]
        detail["measurements"] = list(children.get("measurements", []))
    elif item.kind == "lab":
        detail["taken_on"] = _date(values.get("taken_on"))
    elif item.kind == "scan":
        detail["done_on"] = _date(values.get("done_on"))
    elif item.kind == "dose":
        detail.setdefault("drug_name", item.detail.get("drug_name"))
        detail.setdefault("drug_id", item.detail.get("drug_id"))
    when = values.get("occurred_at") or values.get("recorded_at") or values.get("starts_at")
    return TimelineItem(item.kind, item.id, _instant(when, item.occurred_at), values.get("tz") or item.tz,
                        item.entered_by_id, values.get("deleted_at") is not None, detail)


def version_text(item: TimelineItem, entry, zone, computer_names: dict[str, str]) -> str:
    origin = computer_names.get(entry.origin or "", "") or tr("another computer")
    head = tr("Earlier version, from {computer}:").format(computer=origin)
    earlier = version_item(item, entry.record)
    if earlier is None:
        return head + "\n" + tr("The entry was deleted there.")
    return head + "\n" + when_text(earlier, zone) + "\n" + full_text(earlier)


class OtherVersionDialog(QDialog):
    """The versions of an entry that a later edit on another computer replaced, as plain text."""

    def __init__(self, item: TimelineItem, versions: list, zone, computer_names: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed on two computers"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "This entry was changed on two computers before they synced. The later change is the one in your "
            "diary; the earlier one is kept here, so nothing is lost. Edit the entry if something from the "
            "earlier version should be in it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        names = computer_names or {}
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Earlier versions"))
        self.text.setPlainText("\n\n".join(version_text(item, v, zone, names) for v in reversed(versions)))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setTabChangesFocus(True)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 380)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)


def computer_names(computers) -> dict[str, str]:
    """Computer id → the name it is known by (the person's), for saying where a version came
    from; `computers` as diary_data.load_computers read them."""
    from tracker.ui.sync.wording import computer_name

    return {c.computer_id: computer_name(c) for c in computers}
