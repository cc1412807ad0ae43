"""Settings → Reminders: on/off, how often to repeat, reminders before appointments (and how
long before), the reminder-times file, start at login, calendar (.ics) file.

Reminder times are set per drug in the plan editor (each drug has its own times of day).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import appointment_reminders as appointment_rules
from tracker.domain.errors import KnownError
from tracker.services import appointment_reminders, reminder_times, reminders
from tracker.ui.common.announce import show_status
from tracker.ui.common.ask import choose_file
from tracker.ui.common.background import BackgroundOp
from tracker.ui.common.errors import show_error
from tracker.ui.common.journal_write import write
from tracker.ui.context import Change
from tracker.ui.reminders import autostart
from tracker.ui.settings import settings_data
from tracker.ui.settings.page_read import read


def create_page(ctx, parent: QWidget | None = None) -> RemindersPage:
    return RemindersPage(ctx, parent)


class RemindersPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Reminders are worked out from your plan. The time of day for each drug is set in "
                               "the plan (Plan → Change schedule or dose). Notifications never name your drugs, "
                               "because they can show on a locked screen."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # small screen, large text
        layout.addLayout(form)
        self.enabled = QCheckBox(self.tr("Remind me when a dose is due"))
        form.addRow(self.enabled)
        self.repeat = QSpinBox()
        self.repeat.setRange(0, 240)
        self.repeat.setSingleStep(5)
        self.repeat.setSuffix(self.tr(" minutes"))
        self.repeat.setSpecialValueText(self.tr("Do not repeat"))
        self.repeat.setMaximumWidth(220)
        form.addRow(self.tr("&Repeat until marked, every:"), self.repeat)
        repeat_note = QLabel(self.tr("Reminders go on while the journal is locked and after you close the window "
                                     "(Treatment Journey keeps running until you choose Quit)."))
        repeat_note.setWordWrap(True)
        form.addRow(repeat_note)
        self.appointments = QCheckBox(self.tr("Remind me before appointments"))
        form.addRow(self.appointments)
        self.lead = QComboBox()
        evening = QLocale().toString(QTime(appointment_rules.EVENING_AT.hour, appointment_rules.EVENING_AT.minute),
                                     QLocale.FormatType.ShortFormat)
        labels = {appointment_rules.MINUTES_30: self.tr("30 minutes before"),
                  appointment_rules.HOUR_1: self.tr("1 hour before"),
                  appointment_rules.HOURS_2: self.tr("2 hours before"),
                  appointment_rules.EVENING: self.tr("The evening before, at {time}").format(time=evening)}
        for lead in appointment_rules.LEADS:
            self.lead.addItem(labels[lead], lead)
        self.lead.setAccessibleName(self.tr("When to remind before appointments"))
        form.addRow(self.tr("&When:"), self.lead)
        appointments_note = QLabel(self.tr("Appointment reminders give only the time, never what or where."))
        appointments_note.setWordWrap(True)
        form.addRow(appointments_note)
        self.keep_times = QCheckBox(self.tr("Remind me before I unlock"))
        form.addRow(self.keep_times)
        keep_note = QLabel(self.tr("Without this, reminders start only once you have unlocked your journal after "
                                   "starting the app. With it, your reminder times are kept on this computer: a small "
                                   "file beside your journal lists the times of the next three weeks' doses and "
                                   "appointments. It shows only that something is due at those times: no drug names, "
                                   "no doses, nothing you wrote. Someone who can read your files could see those "
                                   "times. Leave it off if you prefer that to reminders at login."))
        keep_note.setWordWrap(True)
        form.addRow(keep_note)
        self.login = QCheckBox(self.tr("Start when I log in"))
        form.addRow(self.login)
        login_note = QLabel(self.tr("Treatment Journey then starts locked when you log in to this computer, "
                                    "so it can remind you."))
        login_note.setWordWrap(True)
        form.addRow(login_note)
        if not autostart.supported():
            self.login.setEnabled(False)
            self.login.setToolTip(self.tr("On this system, add Treatment Journey to your login items yourself."))

        ics_intro = QLabel(self.tr("So your phone or computer calendar reminds you even when this app is not running, "
                                   "choose a calendar file. It is rewritten whenever the plan changes while your "
                                   "journal is unlocked. Subscribe to it in your calendar app (rather than importing "
                                   "it once) so changes reach the calendar. It holds drug names and times."))
        ics_intro.setWordWrap(True)
        layout.addWidget(ics_intro)
        row = QHBoxLayout()
        self.ics_path = QLineEdit()
        self.ics_path.setReadOnly(True)
        self.ics_path.setPlaceholderText(self.tr("No calendar file chosen"))
        self.ics_path.setAccessibleName(self.tr("Calendar file"))
        self.choose = QPushButton(self.tr("Choose file…"))
        self.stop = QPushButton(self.tr("Stop updating"))
        row.addWidget(self.ics_path, 1)
        row.addWidget(self.choose)
        row.addWidget(self.stop)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.login.setChecked(autostart.supported() and autostart.is_enabled())
        self._load()
        self.enabled.toggled.connect(self._follow)
        self.repeat.valueChanged.connect(self._follow)
        self.enabled.toggled.connect(self._save)
        self.repeat.valueChanged.connect(self._save)
        self.appointments.toggled.connect(self._follow)
        self.appointments.toggled.connect(self._save_appointments)
        self.lead.currentIndexChanged.connect(self._save_appointments)
        self.keep_times.toggled.connect(self._keep_times_toggled)
        self.login.toggled.connect(self._login_toggled)
        self.choose.clicked.connect(self._choose)
        self.stop.clicked.connect(lambda: self._set_path(None))

    def _journal_inputs(self) -> tuple[QWidget, ...]:
        return (self.enabled, self.repeat, self.appointments, self.lead, self.keep_times, self.choose, self.stop)

    def _load(self) -> None:
        journal = self.ctx.journal
        if journal is None:
            return  # locking
        # Read on the task runner; the choices stay off until they show what is stored, so a
        # click meanwhile is neither overwritten nor saved over the stored settings.
        for widget in self._journal_inputs():
            widget.setEnabled(False)
        read(self, "reminders", journal, settings_data.load_reminders, self._fill)

    def _fill(self, data: settings_data.RemindersData) -> None:
        prefs, appointment_prefs = data.doses, data.appointments
        inputs = self._journal_inputs()
        for widget in inputs:
            widget.blockSignals(True)  # showing what is stored is not a change to save
        self.enabled.setChecked(prefs.enabled)
        self.repeat.setValue(prefs.repeat_minutes)
        self.appointments.setChecked(appointment_prefs.enabled)
        self.lead.setCurrentIndex(self.lead.findData(appointment_prefs.lead))
        self.keep_times.setChecked(data.keeps_times_file)
        self.ics_path.setText(prefs.ics_path or "")
        for widget in inputs:
            widget.blockSignals(False)
            widget.setEnabled(True)
        self.stop.setEnabled(bool(prefs.ics_path))
        self._follow()

    def _follow(self, *_args) -> None:
        """Repeating (and a lead time) only mean something while their reminders are on;
        "1 minute", not "1 minutes"."""
        self.repeat.setEnabled(self.enabled.isChecked())
        self.lead.setEnabled(self.appointments.isChecked())
        self.keep_times.setEnabled(self.enabled.isChecked() or self.appointments.isChecked())
        self.repeat.setSuffix(self.tr(" minute") if self.repeat.value() == 1 else self.tr(" minutes"))

    def _current(self) -> reminders.ReminderSettings:
        return reminders.ReminderSettings(self.enabled.isChecked(), self.repeat.value(), self.ics_path.text() or None)

    def _write(self, work) -> None:
        """Save on the task runner, in order; the reminder controller follows the notice sent
        once it is saved (it works out the times again, writes or removes the times file)."""
        if self.ctx.journal is None:
            return
        write(work, owner=self, on_saved=lambda _r: self.ctx.events.notify(Change.SETTINGS))

    def _save(self) -> None:
        journal, prefs = self.ctx.journal, self._current()
        self._write(lambda: reminders.save_settings(journal, prefs))

    def _save_appointments(self, *_args) -> None:
        journal = self.ctx.journal
        prefs = appointment_reminders.AppointmentReminderSettings(self.appointments.isChecked(), self.lead.currentData())
        self._write(lambda: appointment_reminders.save_settings(journal, prefs))

    def _keep_times_toggled(self, on: bool) -> None:
        journal = self.ctx.journal
        self._write(lambda: reminder_times.set_keeps_file(journal, on))

    def _login_toggled(self, on: bool) -> None:
        try:
            autostart.set_enabled(on, self.ctx.data_dir)
        except OSError:
            from tracker.domain.errors import FolderNotWritable

            show_error(self, FolderNotWritable())
            self.login.setChecked(autostart.is_enabled())
        except KnownError as exc:
            show_error(self, exc)
            self.login.setChecked(autostart.is_enabled())

    def _choose(self) -> None:
        start = self.ics_path.text() or str(Path.home() / "treatment-journey.ics")
        choose_file(self, self.tr("Calendar file"), start, self.tr("Calendar files (*.ics)"),
                    lambda path, _filter: self._set_path(path if path.endswith(".ics") else path + ".ics"), save=True)

    def _set_path(self, path: str | None) -> None:
        self.ics_path.setText(path or "")
        self.stop.setEnabled(bool(path))
        self._save()
        if path:
            self.write_now()
        else:
            show_status(self.status, self.tr("The calendar file is no longer updated. Remove it from your calendar app if you like."))

    def write_now(self) -> BackgroundOp:
        from tracker.services import calendar_ics  # icalendar loads when a calendar file is chosen

        journal, clock, path = self.ctx.journal, self.ctx.clock, self.ics_path.text()
        self.status.setText(self.tr("Writing the calendar file…"))
        self._op = BackgroundOp(lambda _p: calendar_ics.write_ics(journal, clock, path),
                                on_success=lambda _r: show_status(self.status, self.tr("Calendar file written. It will be "
                                                                                  "updated when the plan changes.")),
                                on_failure=self._failed, parent=self)
        return self._op.start()

    def _failed(self, exc: BaseException) -> None:
        show_status(self.status, self.tr("The calendar file could not be written."))
        if isinstance(exc, OSError):
            from tracker.domain.errors import FolderNotWritable

            exc = FolderNotWritable()
        show_error(self, exc)
