"""Settings → Patient and carers: who can be named as entering things.

Carers can be added and archived. Archived carers stay named on what they entered; they
are only taken off the "Entered by" lists. Keyboard: Alt+N name, Alt+R relation, Enter adds.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import KnownError, ValidationError
from tracker.services import people
from tracker.ui.common.announce import announce, attach_error, show_status
from tracker.ui.common.ask import ask, ask_text
from tracker.ui.common.errors import known_message, show_error
from tracker.ui.common.journal_write import write
from tracker.ui.context import Change
from tracker.ui.diary.symptom_row import error_label
from tracker.ui.main.person_switch import PERSON_ID_ROLE, PeopleModel
from tracker.ui.settings import settings_data
from tracker.ui.settings.page_read import read


class PeoplePage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Patient and carers"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.patient_label = QLabel()
        self.patient_label.setWordWrap(True)
        self.rename_button = QPushButton(self.tr("Change the &patient's name…"))
        self.rename_button.clicked.connect(self.rename_patient)
        patient_row = QHBoxLayout()
        patient_row.addWidget(self.patient_label, 1)
        patient_row.addWidget(self.rename_button)
        layout.addLayout(patient_row)
        intro = QLabel(self.tr("A carer who enters symptoms or doses on this computer can be named, so the diary "
                               "shows who entered what. Choose who is entering at the bottom of the window or in each form."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.model = PeopleModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Carers"))
        layout.addWidget(QLabel(self.tr("<b>Carers</b>")))
        layout.addWidget(self.list, 1)
        self.empty_hint = QLabel(self.tr("No carers yet. Add one below if someone helps you keep this diary."))
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.empty_hint)
        self.archive_button = QPushButton(self.tr("Remove from the lists…"))
        self.archive_button.clicked.connect(self.archive_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.archive_button)
        layout.addLayout(row)

        box = QGroupBox(self.tr("Add a carer"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.relation = QLineEdit()
        self.relation.setPlaceholderText(self.tr("For example: daughter, partner, friend"))
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        relation_label = QLabel(self.tr("&Relation (optional):"))
        relation_label.setBuddy(self.relation)
        form.addRow(name_label, self.name)
        self.name_error = error_label()
        form.addRow("", self.name_error)
        form.addRow(relation_label, self.relation)
        self.add_button = QPushButton(self.tr("Add carer"))
        self.add_button.clicked.connect(self.add_carer)
        self.name.returnPressed.connect(self.add_carer)
        self.relation.returnPressed.connect(self.add_carer)
        form.addRow("", self.add_button)
        layout.addWidget(box)
        self.list.selectionModel().selectionChanged.connect(self._update)
        #: The patient's name as last read (the rename dialog starts from it).
        self._patient_name: str | None = None
        self.rename_button.setEnabled(False)  # until the name is read
        self.refresh()

    def refresh(self) -> None:
        journal = self.ctx.journal
        if journal is None:
            return  # locking
        read(self, "people", journal, settings_data.load_people, self._fill)

    def _fill(self, data: settings_data.PeopleData) -> None:
        self._patient_name = data.patient.name if data.patient else None
        self.patient_label.setText(self.tr("This journal belongs to <b>{name}</b>.").format(
            name=html.escape(data.patient.name) if data.patient else ""))
        self.rename_button.setEnabled(data.patient is not None)
        self.model.set_people(list(data.carers))
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        self._update()

    def rename_patient(self) -> None:
        """The name used in the diary and the clinic summary (the unlock screen's journal name
        is changed separately, in Passphrase and locking)."""
        current, journal = self._patient_name, self.ctx.journal
        if current is None or journal is None:
            return  # not read yet (the button is off until then), or locking
        ask_text(self, self.tr("Patient's name"),
                 self.tr("Name as it should appear in the diary and the clinic summary:"), current, self._rename_to)

    def _rename_to(self, name: str) -> None:
        """She pressed OK on the name question."""
        current, journal = self._patient_name, self.ctx.journal
        if current is None or journal is None or name.strip() == current:
            return  # locked meanwhile, or nothing changed

        def work() -> settings_data.PeopleData:
            people.rename_patient(journal, name)
            return settings_data.load_people(journal)

        def renamed(data: settings_data.PeopleData) -> None:
            self._fill(data)
            self.ctx.events.notify(Change.PEOPLE)

        self.rename_button.setEnabled(False)
        write(work, owner=self, on_saved=renamed, on_refused=self._refused)

    def _refused(self, exc: KnownError) -> None:
        self.rename_button.setEnabled(self._patient_name is not None)
        self.add_button.setEnabled(True)
        self._update()
        show_error(self, exc)

    def _update(self, *_args) -> None:
        self.archive_button.setEnabled(bool(self.list.selectionModel().selectedRows()))

    def add_carer(self) -> None:
        journal = self.ctx.journal
        if journal is None or not self.add_button.isEnabled():
            return  # locking, or an add under way (Enter pressed again)
        self.name_error.hide()
        attach_error(self.name, "")
        name, relation = self.name.text(), self.relation.text()

        def work():
            person = people.add_carer(journal, name, relation)
            return person, settings_data.load_people(journal)

        def refused(exc: KnownError) -> None:
            if not isinstance(exc, ValidationError):
                self._refused(exc)
                return
            self.add_button.setEnabled(True)  # what was typed stays, to put right
            attach_error(self.name, known_message(exc))
            self.name_error.show()
            show_status(self.name_error, known_message(exc), assertive=True)
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)

        self.add_button.setEnabled(False)
        write(work, owner=self, on_saved=self._added, on_refused=refused)

    def _added(self, result) -> None:
        person, data = result
        self.add_button.setEnabled(True)
        self.name.clear()
        self.relation.clear()
        self._fill(data)
        self.list.setCurrentIndex(self.model.index(self.model.row_of(person.id), 0))
        announce(self, self.tr("{name} was added.").format(name=person.name))
        self.ctx.events.notify(Change.PEOPLE)

    def archive_selected(self, *, confirm: bool = True) -> None:
        rows = self.list.selectionModel().selectedRows()
        journal = self.ctx.journal
        if not rows or journal is None:
            return
        person_id = rows[0].data(PERSON_ID_ROLE)
        name = self.model.people[rows[0].row()].name
        if confirm:
            ask(self, self.tr("Remove carer"),
                self.tr("Take {name} off the lists? Everything {name} entered stays in the diary, still named.").format(
                    name=name), lambda: self._archive(person_id))
            return
        self._archive(person_id)

    def _archive(self, person_id) -> None:
        journal = self.ctx.journal
        if journal is None:
            return  # locked while she was asked

        def work() -> settings_data.PeopleData:
            people.archive_carer(journal, person_id)
            return settings_data.load_people(journal)

        def archived(data: settings_data.PeopleData) -> None:
            if self.ctx.current_person_id == person_id:
                self.ctx.current_person_id = None
            self._fill(data)
            self.ctx.events.notify(Change.PEOPLE)

        self.archive_button.setEnabled(False)
        write(work, owner=self, on_saved=archived, on_refused=self._refused)


def create_page(ctx, parent: QWidget | None = None) -> QWidget:
    return PeoplePage(ctx, parent)
