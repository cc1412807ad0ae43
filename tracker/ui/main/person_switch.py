"""'Entering as: Anna' in the status bar, with a quick switch between patient and carers.

The choice is kept in `ctx.current_person_id`; forms record it as `entered_by`.
Shortcut: Ctrl+E focuses the switch.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PeopleModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.people: list = []  # services.people.PersonInfo

    def set_people(self, people: list) -> None:
        self.beginResetModel()
        self.people = list(people)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.people)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        person = self.people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if person.is_patient:
                return person.name
            if person.relation:
                return self.tr("{name} (carer, {relation})").format(name=person.name, relation=person.relation)
            return self.tr("{name} (carer)").format(name=person.name)
        if role == PERSON_ID_ROLE:
            return person.id
        return None

    def row_of(self, person_id: int | None) -> int:
        for row, person in enumerate(self.people):
            if person.id == person_id:
                return row
        return -1


class PersonSwitch(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.label = QLabel(self.tr("&Entering as:"))
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model = PeopleModel(self)
        self.combo.setModel(self.model)
        self.label.setBuddy(self.combo)
        self.combo.setToolTip(self.tr("Who is typing now. Entries are marked with this name. Ctrl+E"))
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._chosen)
        # Empty until its people arrive: the window hands them over with its first read (set_people).

    def set_context(self, ctx) -> None:
        self.ctx = ctx
        self.reload()

    def reload(self) -> None:
        """Read the people on the task runner; they show once read (a newer reload drops an older read)."""
        from tracker.ui.common.background import BackgroundOp
        from tracker.ui.main import session_data

        journal = self.ctx.journal if self.ctx is not None else None
        if journal is None:  # the journal is closing (locking)
            return
        op = BackgroundOp(lambda _progress: session_data.list_people(journal), on_success=self.set_people,
                          key=f"people-{id(self)}", parent=self)
        op.finished.connect(op.deleteLater)
        op.start()

    def set_people(self, listed) -> None:
        """Show these people, keeping who is entering (the patient, listed first, when that one is gone)."""
        if self.ctx is None or self.ctx.journal is None:
            return
        self.combo.blockSignals(True)
        self.model.set_people(listed)
        row = self.model.row_of(self.ctx.current_person_id)
        if row < 0:
            row = 0  # the patient comes first
        self.combo.setCurrentIndex(row if listed else -1)
        self.combo.blockSignals(False)
        self._chosen(self.combo.currentIndex())

    def _chosen(self, row: int) -> None:
        if self.ctx is not None and 0 <= row < len(self.model.people):
            self.ctx.current_person_id = self.model.people[row].id

    def current_name(self) -> str:
        return self.combo.currentText()
