"""The create-journal wizard's pages: welcome, name and units (asked once, the region's
default chosen), passphrase (creates), recovery key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from tracker.ui.common import style, units
from tracker.ui.wizard.recovery_box import RecoveryKeyBox
from tracker.ui.wizard.strength import StrengthHint


def _para(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _choice(default: str, options: tuple[tuple[str, str], ...]) -> QWidget:
    """Two radio buttons in a row; the region's default chosen."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for value, text in options:
        button = QRadioButton(text)
        button.setProperty("unit", value)
        button.setChecked(value == default)
        row.addWidget(button)
    row.addStretch(1)
    return box


def _chosen(box: QWidget) -> str:
    return next(str(b.property("unit")) for b in box.findChildren(QRadioButton) if b.isChecked())


class WelcomePage(QWizardPage):
    def __init__(self, another: bool) -> None:
        super().__init__()
        self.setTitle(self.tr("Create another journal") if another else self.tr("Welcome to Treatment Journey"))
        layout = QVBoxLayout(self)
        layout.addWidget(_para(self.tr(
            "Treatment Journey is a private diary for your treatment: the plan your team gave you, "
            "doses, symptoms and side effects, with plain explanations, reminders and a summary "
            "to take to clinic.")))
        layout.addWidget(_para(self.tr(
            "Everything stays on this computer. Your journal is encrypted: without your passphrase "
            "(or your recovery key) nobody can read it, not even us.")))
        layout.addWidget(_para(self.tr(
            "The app records and explains. It never tells you what treatment or dose to take: "
            "your treatment team decides that.")))
        if another:
            layout.addWidget(_para(self.tr(
                "A carer who looks after more than one person can keep a separate journal for each. "
                "Each journal has its own passphrase.")))
        layout.addStretch(1)
        # A carer on a new computer starts from a journal someone shared, not a new one (issue 18).
        layout.addWidget(_para(self.tr("Did someone share their journal with you through a synced folder?")))
        self.join_button = QPushButton(self.tr("Open a &shared journal…"))
        layout.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeading)


class NamePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Whose journal is this?"))
        layout = QVBoxLayout(self)
        layout.addWidget(_para(self.tr(
            "Type a name or a nickname. It is shown on the start screen before the journal is "
            "unlocked, so anyone using this computer can see it: a nickname or first name is a "
            "good choice.")))
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("For example: Anna, or Mum"))
        label = QLabel(self.tr("&Name or nickname:"))
        label.setBuddy(self.name_edit)
        form.addRow(label, self.name_edit)
        layout.addLayout(form)
        layout.addSpacing(style.space(4))
        layout.addWidget(_para(self.tr("Which units do you use? (Chosen for this computer's region; you can "
                                       "still type the other unit in any form.)")))
        units_form = QFormLayout()
        self.temperature_units = _choice(units.temperature_unit(None), (("°C", self.tr("°&C")), ("°F", self.tr("°&F"))))
        self.weight_units = _choice(units.weight_unit(None), (("kg", self.tr("&kg")), ("lb", self.tr("l&b"))))
        units_form.addRow(self.tr("Temperature:"), self.temperature_units)
        units_form.addRow(self.tr("Weight:"), self.weight_units)
        layout.addLayout(units_form)
        layout.addStretch(1)
        self.registerField("name*", self.name_edit)

    def chosen_units(self) -> tuple[str, str]:
        return _chosen(self.temperature_units), _chosen(self.weight_units)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.name_edit.text().strip())


class PassphrasePage(QWizardPage):
    """Commit page: 'Create journal' runs the creation in the background, then moves on."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose a passphrase"))
        self.setCommitPage(True)
        self.setButtonText(self.wizard_button(), self.tr("&Create journal"))
        layout = QVBoxLayout(self)
        layout.addWidget(_para(self.tr(
            "You will type this each time you open your journal. A short sentence you will "
            "remember is best, for example four ordinary words. It cannot be reset: if you "
            "forget it, only the recovery key on the next page opens the journal.")))
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        first_label = QLabel(self.tr("&Passphrase:"))
        first_label.setBuddy(self.first)
        second_label = QLabel(self.tr("&Type it again:"))
        second_label.setBuddy(self.second)
        self.strength = StrengthHint()
        form.addRow(first_label, self.first)
        form.addRow("", self.strength)
        form.addRow(second_label, self.second)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        style.tint(self.message, "error")
        layout.addWidget(self.message)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Creating your journal"))
        self.busy_label = QLabel(self.tr("Creating your encrypted journal…"))
        self.busy.hide()
        self.busy_label.hide()
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)

    @staticmethod
    def wizard_button():
        from PySide6.QtWidgets import QWizard

        return QWizard.WizardButton.CommitButton

    def _changed(self) -> None:
        self.strength.update_for(self.first.text())
        self.message.clear()
        self.completeChanged.emit()

    def problem(self) -> str | None:
        from tracker.domain.errors import ValidationError
        from tracker.services.journals import validate_new_passphrase
        from tracker.ui.common.errors import known_message

        try:
            validate_new_passphrase(self.first.text(), self.second.text())
        except ValidationError as exc:
            return known_message(exc)
        return None

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.first.text()) and bool(self.second.text())

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self.wizard().validate_passphrase_page()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.first.setEnabled(not busy)
        self.second.setEnabled(not busy)


class RecoveryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your recovery key"))
        layout = QVBoxLayout(self)
        layout.addWidget(_para(self.tr(
            "Your journal is ready. This recovery key opens it if you ever forget your passphrase. "
            "It is shown only now. Print it or save it (for example on a USB stick), and keep it "
            "somewhere safe, away from this computer.")))
        self.box = RecoveryKeyBox()
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.box.kept_changed.connect(lambda _kept: self.completeChanged.emit())

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.box.is_kept()
