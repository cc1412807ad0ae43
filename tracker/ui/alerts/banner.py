""""Contact your team" cards, shown above every section while an alert is open.

One card per log at its highest level (emergency, call_now, contact_today, mention), the
lesser reasons inside it; see card.py. Cards stay until dismissed (with undo) and refresh
on `ctx.events.changed`. The rule table is loaded when the banner is made, so a rule file
that does not load is an error at start, never a quiet banner.

Each card is announced to screen readers once, when it appears (assertive for emergency
and call_now, polite for the rest), and the cards come first in the banner's focus order.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.alerts import LogAlert, default_rules
from tracker.domain.errors import OperationCancelled
from tracker.services import alert_settings
from tracker.ui.alerts import accessibility, banner_data, wording
from tracker.ui.alerts.banner_data import BannerData
from tracker.ui.alerts.card import URGENT_LEVELS, AlertCard
from tracker.ui.alerts.wording import tr
from tracker.ui.common.background import BackgroundOp
from tracker.ui.common.journal_write import write
from tracker.ui.context import ALERT_CHANGES, Change
from tracker.ui.plan.words import plural


def country_code() -> str:
    """The computer's country (for the default emergency number), e.g. "GB" from en_GB."""
    name = QLocale.system().name()
    return name.split("_")[1] if "_" in name else ""


class CardsArea(QScrollArea):
    """The cards at their full height while they take at most `SHARE` of the window, scrolling
    beyond: on a small laptop two cards took 400 of 600 pixels and left the section she was
    using a strip. The most urgent card is first, its heading and number at the top."""

    SHARE = 0.42
    MIN_PX = 160

    def __init__(self, box: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self._watched: QWidget | None = None
        self._width = -1
        self.setWidget(box)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def content_height(self) -> int:
        box = self.widget()
        width = self.viewport().width()
        if box.hasHeightForWidth() and width > 0:
            return box.heightForWidth(width)
        return box.sizeHint().height()

    def cap(self) -> int:
        window = self.window()
        if window is self or window is None:
            return self.content_height()
        return max(self.MIN_PX, int(window.height() * self.SHARE))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().sizeHint().width(), min(self.content_height(), self.cap()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, self.sizeHint().height())

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        # The window's height sets the cap: hear of its resizes (it is known only once shown).
        window = self.window()
        if window is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            self._watched = window
            window.installEventFilter(self)
        super().showEvent(event)
        self.updateGeometry()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if obj is self._watched:
            if event.type() == QEvent.Type.Resize:
                self.updateGeometry()
            return False
        return super().eventFilter(obj, event)  # the scroll area watches its cards too

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != self._width:  # wrapped text: its height follows the width
            self._width = event.size().width()
            self.updateGeometry()


class AlertBanner(QFrame):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[AlertCard] = []
        self._last_dismissed: str | None = None
        #: Keys of the cards on screen, so a refresh announces only cards that are new.
        self._announced: set[str] = set()
        self._announce_queued = False
        self._load: BackgroundOp | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(6, 6, 6, 6)
        # Made before the buttons so it sits ahead of them in the focus chain; cards go inside it.
        self.cards_box = QWidget(self)
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_area = CardsArea(self.cards_box, self)
        self.layout_.addWidget(self.cards_area)
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
        self.layout_.addWidget(self.more_button)
        self.contacts = QLabel()
        self.contacts.setWordWrap(True)
        self.layout_.addWidget(self.contacts)
        self.layout_.addWidget(self.undo_row)
        # Shown when the alerts cannot be worked out: the error goes on to the bug report, and
        # meanwhile the person is told plainly to call rather than seeing no alert at all.
        self.failed = QLabel()
        self.failed.setObjectName("alertsFailed")
        self.failed.setWordWrap(True)
        self.failed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.failed.setStyleSheet("QLabel#alertsFailed { border: 3px solid palette(highlight); padding: 8px;"
                                  " font-weight: bold; }")
        self.failed.hide()
        self.layout_.insertWidget(0, self.failed)
        ctx.events.changed.connect(self._on_changed)
        ctx.events.alerts_known.connect(self.show_alerts)
        self.hide()  # until the first read says whether there is anything to show

    def _on_changed(self, kind: Change) -> None:
        # A save hands its cards over (alerts_known) before its notice; other changes that can
        # alter alerts are read here; doses and appointments cannot change them.
        if kind in ALERT_CHANGES and not self.ctx.events.alerts_handed:
            self.refresh()

    def refresh(self) -> None:
        """Read the current cards on the task runner; they show once read (a newer refresh drops an older read)."""
        journal, clock = self.ctx.journal, self.ctx.clock
        if journal is None:  # the journal is closing (locking): the banner goes with it
            return
        self._read(lambda _progress: banner_data.load(journal, clock))

    def _read(self, work) -> None:
        """One read on the task runner, shown by `render`; a newer read (same key) drops it."""
        op = self._load = BackgroundOp(work, on_success=self.render, on_failure=self._load_failed,
                                       key=f"banner-{id(self)}", parent=self)
        op.finished.connect(op.deleteLater)
        op.start()

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OperationCancelled):  # the journal is locking; nothing to show
            return
        # The cards on screen stay (never an empty banner), the plain instruction to call shows.
        self._show_failure()
        from tracker.ui.common.errors import show_error

        show_error(self.window(), exc)  # a bug: on to the bug report

    def show_alerts(self, cards: list[LogAlert]) -> None:
        """Show cards a save has just worked out, once the care team and carers are read (a read
        still under way is older: this one, with the same key, drops it)."""
        journal = self.ctx.journal
        if journal is None:  # the journal is closing (locking): the banner goes with it
            return
        self._read(lambda _progress: banner_data.details(journal, cards))

    def render(self, data: BannerData) -> None:
        """Show these cards, with the care team and carers read with them."""
        cards, team = data.cards, data.team
        self.failed.hide()
        shown_before = {row.card.key for row in self.rows}
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        emergency = team.emergency_number(country_code())
        for card, carer in zip(cards, data.carers, strict=True):
            row = AlertCard(self.ctx, card, team, emergency, carer, self.dismiss, self.cards_box)
            self.cards_layout.addWidget(row)
            self.rows.append(row)
        self._show_rows()
        if any(row.card.key not in shown_before for row in self.rows):
            # A new card comes in most urgent first: scrolled down to an older one, she would
            # not see its heading and number at the top of the cards.
            self.cards_area.verticalScrollBar().setValue(0)
        self._put_cards_first_in_focus_order()
        if not self._announce_queued:
            # Once control is back in the event loop: the window is on screen by then (a screen reader
            # may drop an announcement from a widget not yet shown), and quick refreshes say it once.
            self._announce_queued = True
            QTimer.singleShot(0, self, self._announce_new_cards)
        self.contacts.setText(wording.contacts_text(team))
        self.contacts.setVisible(bool(self.rows) and bool(team.contacts))
        self.undo_row.setVisible(self._last_dismissed is not None)
        self.setVisible(bool(self.rows) or self._last_dismissed is not None)

    def _show_failure(self) -> None:
        for row in self.rows:
            row.hide()
        self.failed.setText(tr("Alerts could not be checked just now. If you feel unwell, or are not sure, "
                               "call your 24-hour line or your team now. Do not wait for the app."))
        self.failed.show()
        self.setVisible(True)
        accessibility.announce(self, self.failed.text(), "call_now")  # assertive

    def _show_rows(self) -> None:
        """Every emergency and call_now card always shows; beyond those, one more unless the person
        asks for all, so a run of small alerts does not push the whole window down."""
        urgent = sum(1 for row in self.rows if row.card.level in URGENT_LEVELS)
        limit = len(self.rows) if self.more_button.isChecked() else urgent + 1
        for index, row in enumerate(self.rows):
            row.setVisible(index < limit)
        hidden = len(self.rows) - min(limit, len(self.rows))
        self.more_button.setVisible(hidden > 0 or self.more_button.isChecked() and len(self.rows) > 1)
        self.more_button.setText(self.tr("Show fewer alerts") if self.more_button.isChecked()
                                 else plural(self.tr("Show %n more alert(s)", "", hidden), hidden))
        self.cards_area.updateGeometry()

    def _put_cards_first_in_focus_order(self) -> None:
        """Cards made after the window are appended to the end of its focus chain; move them back here.

        setTabOrder ignores a widget that cannot take focus, so the (empty) cards box takes
        tab focus just long enough to anchor the chain.
        """
        order: list[QWidget] = [self.cards_box]
        for row in self.rows:
            order += row.focus_order()
        self.cards_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.cards_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _announce_new_cards(self) -> None:
        """Announce cards not on screen before this refresh: the urgent ones together in one assertive
        announcement (so one does not cut the next off), then each of the others politely."""
        self._announce_queued = False
        new = [row for row in self.rows if row.card.key not in self._announced]
        self._announced = {row.card.key for row in self.rows}
        urgent = [row for row in new if row.card.level in URGENT_LEVELS]
        if urgent:
            accessibility.announce(urgent[0], " ".join(row.text() for row in urgent), urgent[0].card.level)
        for row in new:
            if row.card.level not in URGENT_LEVELS:
                # A card folded behind "Show more" is announced from the banner, which is on screen.
                accessibility.announce(row if row.isVisible() else self, row.text(), row.card.level)

    def texts(self) -> list[str]:
        return [row.text() for row in self.rows]

    def dismiss(self, card: LogAlert) -> None:
        """Dismiss on the task runner; the banner reads its cards again after (with Undo shown)."""
        journal, who, clock = self.ctx.journal, self.ctx.current_person_id, self.ctx.clock
        if journal is None:
            return

        def dismissed(_result: object) -> None:
            self._last_dismissed = card.key
            self.refresh()

        write(lambda: alert_settings.acknowledge(journal, card, who, clock), owner=self, on_saved=dismissed,
              on_refused=self._refused)

    def undo_dismiss(self) -> None:
        journal, key = self.ctx.journal, self._last_dismissed
        if journal is None:
            return
        if key is None:
            self.refresh()
            return

        def undone(_result: object) -> None:
            if self._last_dismissed == key:
                self._last_dismissed = None
            self.refresh()

        write(lambda: alert_settings.unacknowledge(journal, key), owner=self, on_saved=undone,
              on_refused=self._refused)

    def _refused(self, exc: BaseException) -> None:
        from tracker.ui.common.errors import show_error

        show_error(self.window(), exc)
        self.refresh()


def create_banner(ctx, parent: QWidget | None = None) -> QWidget:
    default_rules()  # a rule file that does not load fails here, when the window opens
    banner = AlertBanner(ctx, parent)
    banner.refresh()  # a failure shows as a bug; the banner stays, saying to call
    return banner
