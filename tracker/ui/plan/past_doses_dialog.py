"""Asked once when a drug is entered with a start day in the past: what happened to the
doses before today?

"I took them as planned" records them taken (by the person at the keyboard, marked as
filled in afterwards); "I don't know" leaves them not recorded and never overdue; "leave
them for me to mark" changes nothing. The answer is an undoable Plan command.
Keyboard: Alt+T, Alt+D, Alt+L choose; Enter saves; Esc leaves them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tracker.services.plan.past_doses import DONT_KNOW, LEAVE, TOOK_AS_PLANNED, PastDoses
from tracker.ui.plan import words


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("PastDosesDialog", text, "", n)


class PastDosesDialog(QDialog):
    def __init__(self, *, drug_name: str, past: PastDoses, on_save: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Doses before today"))
        self.setMinimumWidth(440)
        self._on_save = on_save
        layout = QVBoxLayout(self)
        count = words.plural(_tr("%n planned dose(s)", past.count), past.count)
        self.intro = QLabel(_tr("{drug} has {count} from {first} to {last} that nobody marked. What happened to them?").format(
            drug=drug_name, count=count, first=words.medium_date(past.first_day), last=words.medium_date(past.last_day)))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        options = (
            (TOOK_AS_PLANNED, _tr("I &took them as planned"),
             _tr("They are recorded as taken, entered by you, and marked as filled in afterwards.")),
            (DONT_KNOW, _tr("I &don't know"),
             _tr("They stay “not recorded” and are never shown as overdue.")),
            (LEAVE, _tr("&Leave them for me to mark"),
             _tr("Nothing changes now: you can mark each day's doses in the Plan's calendar.")),
        )
        for choice, label, hint in options:
            button = QRadioButton(label)
            button.setAccessibleDescription(hint)
            self.group.addButton(button)
            self.buttons[choice] = button
            explain = QLabel(hint)
            explain.setWordWrap(True)
            explain.setIndent(24)
            layout.addWidget(button)
            layout.addWidget(explain)
        self.buttons[LEAVE].setChecked(True)  # the answer that changes nothing
        undo = QLabel(_tr("You can undo your answer with Ctrl+Z in the Plan."))
        undo.setWordWrap(True)
        layout.addWidget(undo)
        box = self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self._save)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def choice(self) -> str:
        return next(choice for choice, button in self.buttons.items() if button.isChecked())

    def _save(self) -> None:
        from tracker.ui.common.errors import show_error
        from tracker.ui.plan.saving import close_when_saved

        close_when_saved(self, self._on_save(self.choice()), self.button_box, lambda exc: show_error(self, exc))
