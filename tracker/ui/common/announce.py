"""Telling screen readers the outcome of an action that otherwise only changes the screen.

A status line ("Saved.", "Saved to …", "Wrong passphrase") is read by Orca only if the user
goes looking for it; an announcement is spoken at once. Polite waits until the reader is
free; assertive (for errors the user must act on) interrupts. Needs Qt 6.8 or later.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QTextDocumentFragment
from PySide6.QtWidgets import QLabel, QWidget


def announce(widget: QWidget, message: str, *, assertive: bool = False) -> None:
    """Ask screen readers to speak `message` (plain text) on behalf of `widget`."""
    if not message.strip():
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def show_status(label: QLabel, text: str, *, assertive: bool = False) -> None:
    """Put `text` in a status label and announce it (rich text is spoken as its plain words)."""
    label.setText(text)
    plain = text
    if label.textFormat() != Qt.TextFormat.PlainText and "<" in text:
        plain = QTextDocumentFragment.fromHtml(text).toPlainText()
    announce(label, plain, assertive=assertive)


def attach_error(field: QWidget, text: str) -> None:
    """Make a field's error part of what the reader says for the field ("" removes it)."""
    field.setAccessibleDescription(text)
