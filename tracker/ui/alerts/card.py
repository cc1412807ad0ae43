"""One alert card: a log's most urgent finding, the number to call, and the lesser reasons inside.

emergency and call_now cards are full width, with a thick border and heading in the theme's
urgent colour and the number in large selectable text, so they cannot pass for a routine
note. Cards stay until dismissed. Colours come from tracker/ui/theme.py (light and dark).
For screen readers a card has the Alert role, its whole text as its name, and is a tab stop
(accessibility.py; the banner announces new cards and puts them first in focus order).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from tracker.domain.alerts import CALL_NOW, CONTACT_TODAY, EMERGENCY, LogAlert, default_rules
from tracker.services.care_team import CareTeam
from tracker.ui.alerts import accessibility, wording
from tracker.ui.alerts.wording import tr
from tracker.ui.common.links import WhatIsThisLink
from tracker.ui.theme import status_colour

URGENT_LEVELS = (EMERGENCY, CALL_NOW)


def _border(level: str) -> tuple[str, int]:
    if level in URGENT_LEVELS:
        return status_colour("urgent"), 4
    if level == CONTACT_TODAY:
        return status_colour("warning"), 3
    return "palette(mid)", 1


def _label(text: str, *, rich: bool = False, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        # A plain label aligns by its own text's direction: a number or a team name typed in
        # Latin letters ("Acute oncology: 01632 960001") sat on the left of a Persian card.
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class AlertCard(QFrame):
    def __init__(self, ctx, card: LogAlert, team: CareTeam, emergency_number: str, for_name: str | None,
                 on_dismiss, parent: QWidget | None = None) -> None:
        accessibility.install_alert_role(AlertCard)  # before the widget exists, so Qt never caches another role
        super().__init__(parent)
        self.card = card
        self.setObjectName("alertCard")
        # A tab stop of its own: reaching the card reads the whole alert, then Tab goes inside it.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        colour, width = _border(card.level)
        self.setStyleSheet(f"QFrame#alertCard {{ border: {width}px solid {colour}; border-radius: 4px; "
                           "background: palette(base); } "
                           # Focus keeps the level's colour (an urgent card stays red), only dashed.
                           f"QFrame#alertCard:focus {{ border: {max(width, 2)}px dashed "
                           f"{'palette(highlight)' if width == 1 else colour}; }}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        urgent = card.level in URGENT_LEVELS
        title = wording.heading(card.level, emergency_number=emergency_number, for_name=for_name)
        # Names and numbers come from Settings as typed: escaped, never markup.
        style = f" style='color:{colour}'" if urgent else ""
        self.heading = _label(f"<b><span{style}>{html.escape(title)}</span></b>", rich=True, selectable=True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * (1.5 if urgent else 1.15))
        self.heading.setFont(font)
        texts.addWidget(self.heading)
        self.instruction = _label(wording.instruction(card.level, emergency_number=emergency_number))
        texts.addWidget(self.instruction)
        self.phone = _label(wording.phone_line(card.level, team, emergency_number), selectable=True)
        phone_font = self.phone.font()
        phone_font.setPointSizeF(phone_font.pointSizeF() * (1.8 if urgent else 1.3))
        phone_font.setBold(True)
        self.phone.setFont(phone_font)
        self.phone.setAccessibleName(tr("Number to call"))
        self.phone.setVisible(bool(self.phone.text()))
        texts.addWidget(self.phone)
        self.line_after = None
        if card.level == EMERGENCY and team.has_urgent_line:
            # After the ambulance: the team's own line, so they know too.
            self.line_after = _label(tr("Then: {line}").format(line=wording.phone_line(CALL_NOW, team, emergency_number)),
                                     selectable=True)
            texts.addWidget(self.line_after)
        self.missing_line = None
        if card.level in (CALL_NOW, CONTACT_TODAY) and not team.has_urgent_line:
            self.missing_line = _label(tr("The 24-hour line's number is not set yet: add it in Settings, "
                                          "Care team and alerts. Until then, use the number your team gave you."))
            texts.addWidget(self.missing_line)
        self.reasons: list[QLabel] = []
        self.reason_texts: list[str] = []  # what a screen reader says: the reasons without their sources
        if card.combined_by:
            self._add_reason(texts, _combined_text(card.combined_by), "")
        for finding in card.findings:
            extra = wording.stepped_up(finding)
            self._add_reason(texts, wording.reason(finding) + (f" {extra}" if extra else ""),
                             wording.source_line(finding))
        # When it was logged and what the app is not, on one quiet line: on a small screen with large
        # text every line of a card pushes the rest of the window down.
        when = tr("Logged for {when}").format(
            when=QLocale().toString(card.occurred_at.astimezone(ctx.clock.zone), QLocale.FormatType.ShortFormat))
        advice = tr("This app does not give medical advice; your team decides what to do.")
        self.footer = _label(f"{when} · {advice}")
        self.footer.setStyleSheet("color: palette(placeholder-text);")
        texts.addWidget(self.footer)
        layout.addLayout(texts, 1)
        buttons = QVBoxLayout()
        self.dismiss = QPushButton(tr("Done, dismiss"))
        self.dismiss.setAccessibleName(tr("Dismiss this alert"))
        self.dismiss.clicked.connect(lambda: on_dismiss(card))
        buttons.addWidget(self.dismiss)
        buttons.addWidget(WhatIsThisLink(ctx, "symptoms-to-report-at-once", tr("What to report")))
        if card.level in (CALL_NOW, CONTACT_TODAY) and not team.has_urgent_line:
            setup = QPushButton(tr("Add the number"))
            setup.clicked.connect(lambda: ctx.events.navigate.emit("settings", "care_team"))
            buttons.addWidget(setup)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        spoken = [self.heading.text(), self.instruction.text(), self.phone.text()] + self.reason_texts
        self.setAccessibleName(" ".join(html.unescape(_strip_tags(t)) for t in spoken if t))

    def _add_reason(self, layout: QVBoxLayout, text: str, source: str) -> None:
        label = _label("• " + text)
        layout.addWidget(label)
        self.reasons.append(label)
        self.reason_texts.append("• " + text)
        if source:
            # The source right after its reason, in the quiet colour, flowing on the same line.
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(f"• {html.escape(text)} <span style='color: {_quiet()}'>{html.escape(source)}</span>")

    def text(self) -> str:
        return self.accessibleName()

    def focus_order(self) -> list[QWidget]:
        """The card, then what can take focus inside it, in reading order."""
        inside = [w for w in self.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        return [self, *inside]


def _quiet() -> str:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    return QApplication.palette().color(QPalette.ColorRole.PlaceholderText).name()


def _combined_text(rule_id: str) -> str:
    return QCoreApplication.translate("AlertRules", default_rules().rule(rule_id).message_key)


def _strip_tags(text: str) -> str:
    out, inside = [], False
    for ch in text:
        if ch == "<":
            inside = True
        elif ch == ">":
            inside = False
        elif not inside:
            out.append(ch)
    return "".join(out)
