"""Live sync while a shared journal is unlocked (issue 18).

One controller per main window (like the reminders controller), attached at unlock and
detached before the journal closes (lock, quit). While attached to a shared journal it runs
`services.sync.sync_now`:

- at once (at unlock, and when the journal becomes shared),
- soon after the shared folder changes (a QFileSystemWatcher on `watched_paths`, re-read
  after every run: a new computer's folder appears when it first writes),
- 2 s after the last local change (`ctx.events.changed`, debounced),
- every 60 s as a fallback (watchers miss changes on some network drives and USB sticks).

Runs go through one BackgroundOp at a time; a request while one runs marks "again" and one
more run follows. After a run each changed kind is emitted on `ctx.events.changed`, so
Today, reminders, alerts and charts refresh (a dose ticked by the carer stops the patient's
reminder). Problems are never a dialog per run: `problem` carries a plain message for the
status bar when the problems change, and the Sharing page shows them all. Only a bug (not a
KnownError) opens the bug report, once; automatic runs then stop until the next unlock.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from tracker.ui.common.background import BackgroundOp
from tracker.ui.context import Change

FALLBACK_MS = 60_000
LOCAL_CHANGE_MS = 2_000
#: A sync service writes a file in steps (temp name, rename): wait for it to settle.
FOLDER_CHANGE_MS = 300


def ensure_started(ctx, parent: QObject | None = None) -> SyncController:
    """The controller serving this context (pages call this); one is made when there is none."""
    import shiboken6

    existing = ctx.sync
    if existing is not None and shiboken6.isValid(existing):
        return existing
    controller = SyncController(parent)
    controller.attach(ctx)
    return controller


class SyncController(QObject):
    #: A run finished: the SyncReport (None when the run failed).
    synced = Signal(object)
    #: A run started or finished (for busy indicators).
    running_changed = Signal(bool)
    #: A plain message for the status bar when the problems changed ("" when they cleared).
    problem = Signal(str)

    def __init__(self, parent: QObject | None = None, *, fallback_ms: int = FALLBACK_MS,
                 local_change_ms: int = LOCAL_CHANGE_MS, folder_change_ms: int = FOLDER_CHANGE_MS) -> None:
        super().__init__(parent)
        self.ctx = None
        self.active = False
        #: The last run's report (None before the first run or after a failed one).
        self.last_report = None
        #: Plain messages of the last run's problems (translated), as shown.
        self.problems: tuple[str, ...] = ()
        self.runs = 0
        self._op: BackgroundOp | None = None
        self._again = False
        self._emitting = False
        self._stopped_by_bug = False
        #: Bumped at detach: a run of an earlier session reports to nobody.
        self._session = 0
        self.timer = QTimer(self)
        self.timer.setInterval(fallback_ms)
        self.timer.timeout.connect(self.request)
        self.local_timer = self._single_shot(local_change_ms)
        self.folder_timer = self._single_shot(folder_change_ms)
        self.watcher: QFileSystemWatcher | None = None

    def _single_shot(self, ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(self.request)
        return timer

    # -- sessions ------------------------------------------------------------------------------

    def attach(self, ctx) -> None:
        """The journal is open (start or unlock): sync now if it is shared."""
        if self.ctx is not None and self.ctx is not ctx:
            self.detach()
        self.ctx = ctx
        ctx.sync = self
        ctx.events.changed.connect(self._on_changed)
        self._stopped_by_bug = False
        self.sharing_changed()

    def detach(self) -> None:
        """Before the journal closes (lock, quit): stop, and let a running op finish first."""
        self._stop()
        self._session += 1
        if self._op is not None:
            self._op.cancel()
            self._op.wait(30000)
            self._op = None
            self.running_changed.emit(False)
        if self.ctx is not None:
            try:
                self.ctx.events.changed.disconnect(self._on_changed)
            except RuntimeError:
                pass  # its owner was already deleted
            self.ctx = None
        self._again = False

    def sharing_changed(self) -> None:
        """The journal was shared or stopped sharing (the Sharing page calls this): start or stop
        once the task runner has read which it is."""
        from tracker.services import sync

        if self.ctx is None or not self._journal_open():
            return
        journal, session = self.ctx.journal, self._session
        op = BackgroundOp(lambda _progress: sync.is_shared(journal),
                          on_success=lambda shared: self._sharing_known(shared, session),
                          key=f"sharing-{id(self)}", parent=self)
        op.finished.connect(op.deleteLater)
        op.start()

    def _sharing_known(self, shared: bool, session: int) -> None:
        if session != self._session or self.ctx is None or not self._journal_open():
            return  # detached (locked) meanwhile
        if shared:
            if not self.active:
                self.active = True
                self.watcher = QFileSystemWatcher(self)
                self.watcher.directoryChanged.connect(self._folder_changed)
                self.watcher.fileChanged.connect(self._folder_changed)
                self.timer.start()
            # After the window's own start-up work queued before it (the reminders' missed-dose
            # check writes to the journal): the first run does not race it.
            QTimer.singleShot(0, self, self.request)
        else:
            self._stop()
            self.last_report = None
            self._set_problems(())

    def suspend(self) -> None:
        """Stop the triggers and let a run under way finish (before stopping sharing);
        `sharing_changed` starts again if the journal is still shared."""
        self._stop()
        if self._op is not None:
            self._op.wait(30000)

    def _stop(self) -> None:
        self.active = False
        for timer in (self.timer, self.local_timer, self.folder_timer):
            timer.stop()
        if self.watcher is not None:
            self.watcher.deleteLater()
            self.watcher = None

    def _journal_open(self) -> bool:
        journal = self.ctx.journal if self.ctx is not None else None
        return journal is not None and journal.is_open

    # -- triggers ------------------------------------------------------------------------------

    def _on_changed(self, _kind: str) -> None:
        # What a run applied is announced by the run itself: no second run for it.
        if self.active and not self._emitting:
            self.local_timer.start()

    def _folder_changed(self, _path: str) -> None:
        if self.active:
            self.folder_timer.start()

    def is_running(self) -> bool:
        return self._op is not None

    def request(self) -> None:
        """Sync now, or once more right after the run under way."""
        if not self.active or self._stopped_by_bug or not self._journal_open():
            return
        if self._op is not None:
            self._again = True
            return
        from tracker.services import sync

        self._again = False
        journal, clock = self.ctx.journal, self.ctx.clock

        def work(progress):
            report = sync.sync_now(journal, clock, progress=progress)
            # What to watch now (a new computer's folder appears when it first writes), read here too.
            return report, [str(p) for p in sync.watched_paths(journal) if Path(p).exists()]

        session = self._session
        self._op = BackgroundOp(work, on_success=lambda report: self._done(report, session),
                                on_failure=lambda exc: self._failed(exc, session), parent=self)
        self._op.finished.connect(lambda: self._finished(session))
        self._op.finished.connect(self._op.deleteLater)
        self.running_changed.emit(True)
        self._op.start()

    # -- results ---------------------------------------------------------------------------------

    def _done(self, result, session: int) -> None:
        from tracker.ui.common.errors import known_message

        if session != self._session:
            return
        report, watched = result
        self.runs += 1
        self.last_report = report
        self._watch(watched)
        self._set_problems(tuple(known_message(p) for p in report.problems))
        if self.ctx is not None and report.kinds:
            self._emitting = True
            try:
                self.ctx.events.notify(*(Change(kind) for kind in sorted(report.kinds)))
            finally:
                self._emitting = False
        self.synced.emit(report)

    def _failed(self, exc: BaseException, session: int) -> None:
        from tracker.domain.errors import OperationCancelled
        from tracker.ui.common.errors import as_known, known_message, show_error

        if isinstance(exc, OperationCancelled) or session != self._session:
            return
        self.runs += 1
        self.last_report = None
        known = as_known(exc)
        if known is None:
            # A bug: to the bug report once, and no more automatic runs until the next unlock.
            self._stopped_by_bug = True
            self._set_problems((self.tr("Sharing stopped because of an unexpected problem. "
                                        "Lock and unlock the journal to try again."),))
            show_error(None, exc)
        else:
            self._set_problems((known_message(known),))
        self.synced.emit(None)

    def _finished(self, session: int) -> None:
        if session != self._session:
            return
        self._op = None
        self.running_changed.emit(False)
        if self._again and self.active:
            self.request()

    def _set_problems(self, problems: tuple[str, ...]) -> None:
        if problems == self.problems:
            return
        self.problems = problems
        self.problem.emit(problems[0] if problems else "")

    def _watch(self, paths: list[str]) -> None:
        """Watch what the service named after the run (a new computer's folder appears when it first writes)."""
        if self.watcher is None or not self._journal_open():
            return
        wanted = set(paths)
        watched = set(self.watcher.directories()) | set(self.watcher.files())
        gone, new = sorted(watched - wanted), sorted(wanted - watched)
        if gone:
            self.watcher.removePaths(gone)
        if new:
            self.watcher.addPaths(new)
