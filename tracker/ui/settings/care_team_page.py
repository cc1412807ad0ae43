"""Settings → Care team and alerts: the 24-hour line, other contacts, the fever threshold, the emergency number.

The 24-hour line is shown with every alert. On anti-cancer treatment 37.5 °C or above
always means call now (UKONS), so the fever threshold only changes the alert for when the
person is not on anti-cancer treatment, and only to make it more sensitive (37.5-38.0 °C,
when a team asks); the page says so. Red flags are fixed and not shown here. The emergency
number defaults by the computer's country (999, 112, 911, 000...).
Keyboard: Alt+L line name, Alt+P phone, Ctrl+S saves.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import KnownError, ValidationError
from tracker.domain.measurements import c_to_f
from tracker.services import alert_settings, care_team
from tracker.services.care_team import CareTeam, Contact
from tracker.ui.alerts.banner import country_code
from tracker.ui.common.announce import show_status
from tracker.ui.common.errors import known_message, show_error
from tracker.ui.common.journal_write import write
from tracker.ui.context import Change
from tracker.ui.diary.symptom_row import error_label
from tracker.ui.diary.wording import number
from tracker.ui.settings import settings_data
from tracker.ui.settings.page_read import read

FIELDS = ("name", "role", "phone", "notes")


class ContactsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.contacts: list[Contact] = []

    def set_contacts(self, contacts: list[Contact]) -> None:
        self.beginResetModel()
        self.contacts = list(contacts)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.contacts)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("Notes"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return getattr(self.contacts[index.row()], FIELDS[index.column()])

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = index.row()
        self.contacts[row] = replace(self.contacts[row], **{FIELDS[index.column()]: str(value)})
        self.dataChanged.emit(index, index)
        return True

    def add(self) -> QModelIndex:
        row = len(self.contacts)
        self.beginInsertRows(QModelIndex(), row, row)
        self.contacts.append(Contact(""))
        self.endInsertRows()
        return self.index(row, 0)

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.contacts):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.contacts[row]
            self.endRemoveRows()


class CareTeamPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Care team and alerts"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        urgent = QGroupBox(self.tr("Your 24-hour line"))
        form = QFormLayout(urgent)
        hint = QLabel(self.tr("The number your team gave you to call at any time, day or night, if you are unwell "
                              "during treatment. It is shown with every alert."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.urgent_name = QLineEdit()
        self.urgent_name.setPlaceholderText(self.tr("For example: Oncology hotline"))
        self.urgent_phone = QLineEdit()
        self.urgent_phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        name_label = QLabel(self.tr("&Line name:"))
        name_label.setBuddy(self.urgent_name)
        phone_label = QLabel(self.tr("&Phone number:"))
        phone_label.setBuddy(self.urgent_phone)
        form.addRow(name_label, self.urgent_name)
        form.addRow(phone_label, self.urgent_phone)
        self.phone_error = error_label()
        form.addRow("", self.phone_error)
        layout.addWidget(urgent)

        team = QGroupBox(self.tr("Other contacts"))
        team_layout = QVBoxLayout(team)
        self.contacts_model = ContactsModel(self)
        self.contacts_view = QTableView()
        self.contacts_view.setModel(self.contacts_model)
        self.contacts_view.setAccessibleName(self.tr("Care team contacts"))
        self.contacts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts_view.verticalHeader().hide()
        self.contacts_view.setMinimumHeight(120)
        team_layout.addWidget(self.contacts_view)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add contact"))
        self.add_button.clicked.connect(self._add_contact)
        self.remove_button = QPushButton(self.tr("Remove contact"))
        self.remove_button.clicked.connect(lambda: self.contacts_model.remove(self.contacts_view.currentIndex().row()))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        team_layout.addLayout(buttons)
        self.contacts_error = error_label()
        team_layout.addWidget(self.contacts_error)
        layout.addWidget(team)

        layout.addWidget(self._thresholds_box())
        actions = QHBoxLayout()
        self.saved_label = QLabel()
        actions.addWidget(self.saved_label, 1)
        self.reset_button = QPushButton(self.tr("Alert settings back to defaults"))
        self.reset_button.clicked.connect(self.reset_thresholds)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        actions.addWidget(self.reset_button)
        actions.addWidget(self.save_button)
        layout.addLayout(actions)
        layout.addStretch(1)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh()

    def _thresholds_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("When to show an alert"))
        form = QFormLayout(box)
        # Its labels are long: on a small screen with large text the fields go under them
        # instead of pushing the page wider than the window (tests/ui/test_settings_pages_fit.py).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.on_treatment_note = QLabel(self.tr(
            "During anti-cancer treatment, and for six weeks after it, a temperature of 37.5 °C or above always "
            "means call your 24-hour line now. This setting does not change that."))
        self.on_treatment_note.setWordWrap(True)
        form.addRow(self.on_treatment_note)
        self.fever_hint = QLabel(self.tr(
            "This setting is for when you are not on anti-cancer treatment. The app then asks you to contact your "
            "team the same day at 38.0 °C or above; your team may ask you to do so at a lower temperature. You can "
            "only make this alert more sensitive, from 37.5 to 38.0 °C. The other warning signs are fixed: they "
            "follow national triage guidance and cannot be switched off."))
        self.fever_hint.setWordWrap(True)
        form.addRow(self.fever_hint)
        self.fever = QDoubleSpinBox()
        self.fever.setRange(*alert_settings.FEVER_RANGE)
        self.fever.setSingleStep(0.1)
        self.fever.setDecimals(1)
        self.fever.setSuffix(" °C")
        self.fever_f = QLabel()
        self.fever.valueChanged.connect(lambda v: self.fever_f.setText(
            self.tr("(that is {value} °F)").format(value=number(c_to_f(v), 1))))
        row = QHBoxLayout()
        row.addWidget(self.fever)
        row.addWidget(self.fever_f)
        row.addStretch(1)
        fever_label = QLabel(self.tr("Not on treatment, &temperature at or above:"))
        fever_label.setBuddy(self.fever)
        form.addRow(fever_label, row)
        self.emergency_phone = QLineEdit()
        self.emergency_phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        emergency_label = QLabel(self.tr("&Emergency number:"))
        emergency_label.setBuddy(self.emergency_phone)
        form.addRow(emergency_label, self.emergency_phone)
        self.threshold_error = error_label()
        form.addRow("", self.threshold_error)
        return box

    def _inputs(self) -> tuple[QWidget, ...]:
        return (self.urgent_name, self.urgent_phone, self.contacts_view, self.add_button, self.remove_button,
                self.fever, self.emergency_phone, self.reset_button, self.save_button)

    def _set_inputs_enabled(self, on: bool) -> None:
        for widget in self._inputs():
            widget.setEnabled(on)

    def refresh(self) -> None:
        journal = self.ctx.journal
        if journal is None:
            return  # locking
        # Read on the task runner; the form stays off until it is filled, so nothing typed
        # meanwhile is overwritten (or saved over what is stored).
        self._set_inputs_enabled(False)
        read(self, "care-team", journal, settings_data.load_care_team, self._fill)

    def _fill(self, data: settings_data.CareTeamData) -> None:
        team = data.team
        self.urgent_name.setText(team.urgent_name)
        self.urgent_phone.setText(team.urgent_phone)
        self.contacts_model.set_contacts(team.contacts)
        self.emergency_phone.setText(team.emergency_phone)
        self.emergency_phone.setPlaceholderText(self.tr("{number} (the usual number here)").format(
            number=team.emergency_number(country_code())))
        self._show_thresholds(data.fever_c)
        self._set_inputs_enabled(True)

    def _show_thresholds(self, fever_c: float) -> None:
        self.fever.setValue(fever_c)

    def _add_contact(self) -> None:
        index = self.contacts_model.add()
        self.contacts_view.setCurrentIndex(index)
        self.contacts_view.edit(index)

    def save(self) -> None:
        """Saves on the task runner; the page says "Saved." or, next to the field, why not."""
        journal = self.ctx.journal
        if journal is None or not self.save_button.isEnabled():
            return  # locking, not filled yet, or a save under way
        for label in (self.phone_error, self.contacts_error, self.threshold_error):
            label.hide()
        self.saved_label.clear()
        team = CareTeam(self.urgent_name.text(), self.urgent_phone.text(), list(self.contacts_model.contacts),
                        self.emergency_phone.text())
        fever_c = round(self.fever.value(), 1)

        def work() -> settings_data.CareTeamData:
            care_team.save_care_team(journal, team)
            alert_settings.set_fever_threshold(journal, fever_c)
            return settings_data.load_care_team(journal)  # as stored (numbers tidied)

        self._set_inputs_enabled(False)
        write(work, owner=self, on_saved=self._saved, on_refused=self._refused)

    def _saved(self, data: settings_data.CareTeamData) -> None:
        self._fill(data)
        show_status(self.saved_label, self.tr("Saved."))
        self.ctx.events.notify(Change.SETTINGS)

    def _refused(self, exc: KnownError) -> None:
        self._set_inputs_enabled(True)  # what was typed stays, to put right
        if not isinstance(exc, ValidationError):
            show_error(self, exc)
            return
        field = exc.field or ""
        label = (self.phone_error if field == "urgent_phone" else
                 self.threshold_error if field == "emergency_phone" else
                 self.contacts_error if field.startswith("contacts") else self.threshold_error)
        label.setText(known_message(exc))
        label.show()
        if field == "urgent_phone":
            self.urgent_phone.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset_thresholds(self) -> None:
        journal = self.ctx.journal
        if journal is None:
            return
        self.reset_button.setEnabled(False)

        def reset(fever_c: float) -> None:
            self.reset_button.setEnabled(True)
            self._show_thresholds(fever_c)
            show_status(self.saved_label, self.tr("Alert settings are back to their defaults."))
            self.ctx.events.notify(Change.SETTINGS)

        write(lambda: alert_settings.reset_fever_threshold(journal), owner=self, on_saved=reset)


def create_page(ctx, parent: QWidget | None = None) -> QWidget:
    return CareTeamPage(ctx, parent)
