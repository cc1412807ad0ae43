""""Contact your team" banner, shown above every section while an alert is open.

Each alert says plainly whom to call and why ("Call your 24-hour line now: 0800… — You
logged 38.4 °C while on chemotherapy…"), names the rule's source, lists the team's
contacts, and can be dismissed (with undo). It refreshes on `ctx.events.changed`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tracker.domain.alerts import CALL_NOW, Alert
from tracker.services import alert_settings, care_team
from tracker.services.care_team import CareTeam
from tracker.ui.common.links import WhatIsThisLink
from tracker.ui.diary.wording import number, scale_word, symptom_name

CALL_STYLE = "QFrame#alert { border-left: 6px solid #b00020; background: palette(base); }"
MENTION_STYLE = "QFrame#alert { border-left: 6px solid #b26a00; background: palette(base); }"


def tr(text: str) -> str:
    return QCoreApplication.translate("AlertBanner", text)


def heading(alert: Alert, team: CareTeam) -> str:
    if alert.level == CALL_NOW:
        if team.has_urgent_line:
            name = team.urgent_name or tr("24-hour line")
            return tr("Call your {line} now: {phone}").format(line=name, phone=team.urgent_phone)
        return tr("Call your 24-hour line now. (Its number is not set yet: add it in Settings, Care team and alerts.)")
    return tr("Tell your team at your next appointment, or sooner if you are worried")


def reason(alert: Alert) -> str:
    """The rule's message, translated, with the symptom and the patient-reported rating filled in."""
    params = alert.params
    symptom = symptom_name(params["symptom_id"]) if params.get("symptom_id") else ""
    rating = ""
    if params.get("attribute") is not None and params.get("rating") is not None:
        rating = tr("{word} (patient-reported)").format(word=scale_word(params["attribute"], params["rating"]))
    text = QCoreApplication.translate("AlertRules", alert.message_key)
    return text.format(value=_localised(params.get("value", "")), symptom=symptom, rating=rating,
                       count=_localised(params.get("count", "")))


def _localised(value) -> str:
    """Numbers in the reader's digits (Persian ۳۸٫۴); anything else as it is."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    return QLocale().toString(value) if isinstance(value, int) else number(value)


def alert_text(alert: Alert, team: CareTeam) -> str:
    return tr("{heading} — {reason}").format(heading=heading(alert, team), reason=reason(alert))


def contacts_text(team: CareTeam) -> str:
    parts = []
    for c in team.contacts:
        bits = [c.name] + [b for b in (c.role, c.phone) if b]
        parts.append(", ".join(bits))
    return tr("Your team: {contacts}").format(contacts="; ".join(parts)) if parts else ""


class AlertRow(QFrame):
    def __init__(self, ctx, alert: Alert, team: CareTeam, on_dismiss, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alert = alert
        self.setObjectName("alert")
        self.setStyleSheet(CALL_STYLE if alert.level == CALL_NOW else MENTION_STYLE)
        layout = QHBoxLayout(self)
        texts = QVBoxLayout()
        # The heading holds the team's name as typed in Settings: escaped, not markup.
        self.heading = QLabel(f"<b>{html.escape(heading(alert, team))}</b>")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason = QLabel(reason(alert))
        self.reason.setWordWrap(True)
        self.source = QLabel(tr("Why this alert: a rule based on “{source}”. This app does not give medical advice; "
                                "your team decides what to do.").format(source=alert.source))
        self.source.setWordWrap(True)
        self.source.setStyleSheet("color: palette(placeholder-text);")
        for label in (self.heading, self.reason, self.source):
            texts.addWidget(label)
        texts.setSpacing(2)
        layout.addLayout(texts, 1)
        buttons = QVBoxLayout()
        self.dismiss = QPushButton(tr("Done, dismiss"))
        self.dismiss.setAccessibleName(tr("Dismiss this alert"))
        self.dismiss.clicked.connect(lambda: on_dismiss(alert))
        buttons.addWidget(self.dismiss)
        buttons.addWidget(WhatIsThisLink(ctx, "symptoms-to-report-at-once", tr("What to report")))
        if not team.has_urgent_line:
            setup = QPushButton(tr("Add the number"))
            setup.clicked.connect(lambda: ctx.events.navigate.emit("settings", "care_team"))
            buttons.addWidget(setup)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        contacts = contacts_text(team)
        self.setAccessibleName(alert_text(alert, team) + (f" {contacts}" if contacts else ""))


class AlertBanner(QFrame):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[AlertRow] = []
        self._last_dismissed: str | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 6, 6, 6)
        self.undo_row = QWidget()
        undo_layout = QHBoxLayout(self.undo_row)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(QLabel(tr("Alert dismissed.")))
        self.undo_button = QPushButton(tr("Undo"))
        self.undo_button.clicked.connect(self.undo_dismiss)
        undo_layout.addWidget(self.undo_button)
        undo_layout.addStretch(1)
        self.more_button = QPushButton()
        self.more_button.setCheckable(True)
        self.more_button.toggled.connect(lambda _on: self._show_rows())
        self.layout_.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.contacts = QLabel()
        self.contacts.setWordWrap(True)
        self.contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.contacts)
        self.layout_.addWidget(self.undo_row)
        ctx.events.changed.connect(lambda _kind: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        try:
            alerts = alert_settings.current_alerts(self.ctx.journal, self.ctx.clock)
            team = care_team.get_care_team(self.ctx.journal)
        except Exception:  # noqa: BLE001 - a locked or closing journal: show nothing rather than fail
            alerts, team = [], CareTeam()
        for alert in alerts:
            row = AlertRow(self.ctx, alert, team, self.dismiss)
            self.layout_.insertWidget(len(self.rows), row)
            self.rows.append(row)
        self._show_rows()
        self.contacts.setText(contacts_text(team))
        self.contacts.setVisible(bool(self.rows) and bool(team.contacts))
        self.undo_row.setVisible(self._last_dismissed is not None)
        self.setVisible(bool(self.rows) or self._last_dismissed is not None)

    def _show_rows(self) -> None:
        """Every "call now" alert always shows; beyond those, one more unless the person asks for all,
        so a run of small alerts does not push the whole window down."""
        urgent = sum(1 for row in self.rows if row.alert.level == CALL_NOW)
        limit = len(self.rows) if self.more_button.isChecked() else max(urgent, 1) + (1 if urgent else 0)
        for index, row in enumerate(self.rows):
            row.setVisible(index < limit)
        hidden = len(self.rows) - min(limit, len(self.rows))
        self.more_button.setVisible(hidden > 0 or self.more_button.isChecked() and len(self.rows) > 1)
        self.more_button.setText(self.tr("Show fewer alerts") if self.more_button.isChecked()
                                 else self.tr("Show %n more alert(s)", "", hidden))

    def texts(self) -> list[str]:
        return [row.accessibleName() for row in self.rows]

    def dismiss(self, alert: Alert) -> None:
        alert_settings.acknowledge(self.ctx.journal, alert, self.ctx.current_person_id, self.ctx.clock)
        self._last_dismissed = alert.key
        self.refresh()

    def undo_dismiss(self) -> None:
        if self._last_dismissed is not None:
            alert_settings.unacknowledge(self.ctx.journal, self._last_dismissed)
            self._last_dismissed = None
        self.refresh()


def create_banner(ctx, parent: QWidget | None = None) -> QWidget:
    return AlertBanner(ctx, parent)
