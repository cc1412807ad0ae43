"""A plain-words strength hint for a new passphrase (length and variety; no network, no lists).

Shared by the wizard and the security page. The hint helps; the rule that is enforced is
`services.journals.validate_new_passphrase`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget

from tracker.services.journals import MIN_PASSPHRASE_LENGTH
from tracker.ui import theme

_COMMON = {"password", "passw0rd", "12345678", "123456789", "qwertyui", "iloveyou", "abcdefgh", "11111111"}

LEVELS = (
    QT_TRANSLATE_NOOP("Strength", "Too short: use at least {n} characters."),
    QT_TRANSLATE_NOOP("Strength", "Weak: easy to guess. Add a few more words."),
    QT_TRANSLATE_NOOP("Strength", "Fair: adding another word would make it much stronger."),
    QT_TRANSLATE_NOOP("Strength", "Good: hard to guess."),
    QT_TRANSLATE_NOOP("Strength", "Strong: very hard to guess."),
)


@dataclass(frozen=True)
class Strength:
    level: int  # 0 too short … 4 strong
    bits: float


def estimate(passphrase: str) -> Strength:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return Strength(0, 0.0)
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 20
    if any(ord(c) > 127 and c.isalpha() for c in passphrase):
        pool += 30
    # Repeats add little: count distinct characters more than the raw length.
    distinct = len(set(passphrase))
    effective = min(len(passphrase), distinct * 2)
    bits = effective * math.log2(max(pool, 2))
    if passphrase.lower() in _COMMON or distinct <= 3:
        return Strength(1, bits)
    words = len([w for w in passphrase.split() if w])
    if words >= 4 and len(passphrase) >= 20:
        bits = max(bits, 60.0)
    if bits < 40:
        level = 1
    elif bits < 60:
        level = 2
    elif bits < 80:
        level = 3
    else:
        level = 4
    return Strength(level, bits)


def hint_text(strength: Strength) -> str:
    return QCoreApplication.translate("Strength", LEVELS[strength.level]).format(n=MIN_PASSPHRASE_LENGTH)


class StrengthHint(QWidget):
    """A small bar plus one sentence, updated as the user types."""

    #: Theme colours by strength level (named, so dark mode gets its own shades).
    _COLOURS = ("error", "error", "warning", "ok", "ok")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(90)
        self.bar.setFixedHeight(10)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        # Room for two lines: inside a form row the wrapped hint was otherwise cut in half.
        self.label.setMinimumHeight(2 * self.label.fontMetrics().lineSpacing() + 2)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self.update_for("")

    def update_for(self, passphrase: str) -> Strength:
        strength = estimate(passphrase)
        self.bar.setValue(strength.level)
        colour = theme.colour(self._COLOURS[strength.level]).name()
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.label.setText(hint_text(strength) if passphrase else self.tr(
            "A short sentence of four or more ordinary words is strong and easy to remember."))
        return strength


@dataclass
class NewPassphraseRows:
    first: QLineEdit
    second: QLineEdit
    strength: StrengthHint


def add_new_passphrase_rows(form: QFormLayout, lead: tuple[str, QWidget] | None, first_label: str,
                            again_label: str) -> NewPassphraseRows:
    """Rows for choosing a new passphrase: an optional leading field (a name, a recovery key),
    the passphrase with its strength hint, and the same typed again. Labels are buddies."""
    first, second = QLineEdit(), QLineEdit()
    for field in (first, second):
        field.setEchoMode(QLineEdit.EchoMode.Password)
    strength = StrengthHint()
    rows = ([lead] if lead else []) + [(first_label, first)]
    for text, field in rows:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)
    form.addRow("", strength)
    again = QLabel(again_label)
    again.setBuddy(second)
    form.addRow(again, second)
    first.textChanged.connect(strength.update_for)
    return NewPassphraseRows(first, second, strength)
