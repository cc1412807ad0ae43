"""Plain words for sync status: when something was last received, which computer it was.

Times follow the person's language and region (QLocale); recent ones are relative ("5 minutes
ago", "yesterday at 14:05"), older ones a full date.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from tracker.ui.backup.list_model import when_text
from tracker.ui.plan.words import plural


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("SyncWording", text, disambiguation, n)


def moment_text(moment: datetime, now: datetime, zone: tzinfo) -> str:
    """'just now', '5 minutes ago', 'today at 09:10', 'yesterday at 18:02', or a date."""
    local, today = moment.astimezone(zone), now.astimezone(zone)
    age = today - local
    if timedelta(0) <= age < timedelta(minutes=1):
        return tr("just now")
    if timedelta(0) <= age < timedelta(hours=1):
        minutes = int(age.total_seconds() // 60)
        return plural(tr("%n minute(s) ago", "", minutes), minutes)
    time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if local.date() == today.date():
        return tr("today at {time}").format(time=time)
    if local.date() == today.date() - timedelta(days=1):
        return tr("yesterday at {time}").format(time=time)
    return when_text(moment, zone)


def computer_name(computer) -> str:
    """A ComputerStatus as people know it: its label, and whether it is this one."""
    label = computer.label or tr("Computer {id}").format(id=computer.computer_id[:6])
    return tr("{name} (this computer)").format(name=label) if computer.is_this_computer else label


def computer_line(computer, now: datetime, zone: tzinfo) -> str:
    """One computer's line on the Sharing page."""
    name = computer_name(computer)
    if computer.is_this_computer:
        return name
    if computer.last_received is None:
        text = tr("{computer}: nothing received yet").format(computer=name)
    else:
        text = tr("{computer}: last received {when}").format(
            computer=name, when=moment_text(computer.last_received, now, zone))
    if computer.waiting:
        text += " " + plural(tr("(%n change file(s) waiting for earlier ones)", "", computer.waiting), computer.waiting)
    return text
