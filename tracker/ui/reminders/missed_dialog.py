"""At unlock: doses whose time passed while the app was closed (or locked), to mark in one go."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from tracker.ui.plan import words


class MissedDialog(QDialog):
    #: "taken" / "missed" for the shown doses, or "later".
    chosen = Signal(str)

    def __init__(self, missed: list, parent: QWidget | None = None, *, while_closed: bool = True) -> None:
        super().__init__(parent)
        self.missed = missed
        layout = QVBoxLayout(self)
        if while_closed:
            self.setWindowTitle(self.tr("Doses while the app was closed"))
            intro = QLabel(self.tr("These doses were due while Treatment Journey was closed and have not been marked. "
                                   "If you took them, mark them taken; you can also change each one on the Today page."))
        else:  # the app ran, locked, and reminded: it was not closed
            self.setWindowTitle(self.tr("Doses not marked yet"))
            intro = QLabel(self.tr("These doses were due while Treatment Journey was locked and have not been marked. "
                                   "If you took them, mark them taken; you can also change each one on the Today page."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        model = QStringListModel([
            self.tr("{day}, {time}: {name}").format(day=words.medium_date(r.dose.day), time=words.time_text(r.dose.at),
                                                   name=r.dose.name)
            for r in missed], self)
        view = QListView()
        view.setModel(model)
        view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)  # a list to read, not to type over
        self.list = view
        view.setAccessibleName(self.tr("Doses not marked"))
        layout.addWidget(view)
        row = QHBoxLayout()
        self.taken = QPushButton(self.tr("I took them all"))
        self.missed_button = QPushButton(self.tr("Mark them all missed"))
        self.later = QPushButton(self.tr("Decide later on the Today page"))
        self.later.setDefault(True)
        for b in (self.taken, self.missed_button, self.later):
            row.addWidget(b)
        layout.addLayout(row)
        self.taken.clicked.connect(lambda: self._finish("taken"))
        self.missed_button.clicked.connect(lambda: self._finish("missed"))
        self.later.clicked.connect(lambda: self._finish("later"))

    def _finish(self, choice: str) -> None:
        self.chosen.emit(choice)
        self.accept()
