"""Starting the GUI: arguments, QApplication, translators, error hook, then the start flow.

The app runs in the background to remind (closing the window locks and hides it; Quit
quits), one instance per data folder: starting it again brings the running one forward.
`--autostart` (the login entry) starts it minimised, locked and reminding.

The path to the first painted window stays Qt-only: SQLAlchemy, SQLCipher, Argon2 and
cryptography are imported in a background thread while the user types the passphrase.
"""

from __future__ import annotations

import argparse
import sys
import threading

#: The socket a later start talks to is opened this long after the first window is shown,
#: so its import (QtNetwork) does not delay the first paint.
LISTEN_AFTER_MS = 200


def _parse(args: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="treatment-journey", description="Treatment Journey")
    parser.add_argument("--data-dir", help="folder holding the journals (default: the platform's data folder)")
    parser.add_argument("--lang", help="interface language, e.g. en, es, fa")
    parser.add_argument("--smoke", action="store_true", help="run the start-up smoke check and exit")
    parser.add_argument("--autostart", action="store_true",
                        help="started at login: stay minimised and locked, and remind of doses")
    return parser.parse_known_args(args)


def _warm_imports() -> None:
    """Import the heavy storage stack off the GUI thread, so unlocking does not wait for it."""

    def work() -> None:
        # The same modules unlock imports anyway: a failure here is the same bug, seen sooner.
        import sqlalchemy.orm  # noqa: F401
        import sqlcipher3.dbapi2  # noqa: F401

        import tracker.storage.models  # noqa: F401
        import tracker.storage.schema  # noqa: F401
        from tracker.storage import kdf  # noqa: F401

    threading.Thread(target=work, name="warm-imports", daemon=True).start()


def _warm_on_first_input(app) -> None:
    """Warm the imports when the person starts typing or clicking, not before.

    Typing a passphrase takes seconds, plenty to load the storage stack in the background;
    a window left waiting costs no memory for it (idle RSS target in issue 3).
    """
    from PySide6.QtCore import QEvent, QObject

    starts = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.InputMethod}

    class FirstInput(QObject):
        def eventFilter(self, _obj, event) -> bool:  # noqa: N802 - Qt API
            if event.type() in starts:
                app.removeEventFilter(self)
                _warm_imports()
            return False

    watcher = FirstInput(app)
    app.installEventFilter(watcher)


def run_gui(args: list[str]) -> int:
    namespace, qt_args = _parse(args)
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from tracker import APP_ID, APP_NAME, __version__
    from tracker.services import app_prefs
    from tracker.storage.paths import resolve_data_dir

    data_dir = resolve_data_dir(namespace.data_dir)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("Treatment Journey")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    from tracker.ui.reminders.notify import icon_path

    if icon_path().exists():
        app.setWindowIcon(QIcon(str(icon_path())))

    from tracker.render.i18n import install_translators

    language = namespace.lang or app_prefs.load(data_dir).get("language")
    locale = install_translators(app, language if isinstance(language, str) else None)
    app.setLayoutDirection(locale.textDirection())

    from tracker.ui.common.excepthook import install_excepthook
    from tracker.ui.theme import apply_appearance

    install_excepthook()
    # Theme (system/light/dark), text size and focus ring, before the first window.
    apply_appearance(app, data_dir)

    if namespace.smoke:
        from tracker.ui.smoke import run_smoke

        return run_smoke(app, data_dir)

    from tracker.domain.errors import KnownError
    from tracker.ui.main import single_instance

    message = single_instance.AUTOSTART if namespace.autostart else single_instance.SHOW
    try:
        claim = single_instance.claim_or_tell(data_dir, message)
    except KnownError as exc:  # the folder cannot be made or written: nothing could be kept there
        from tracker.ui.common.errors import show_error

        show_error(None, exc)
        app.exec()  # until she closes the message
        return 1
    if claim is True:
        return 0  # the running app comes forward (or, at login, simply goes on reminding)
    if claim is False:
        if not namespace.autostart:  # at login nobody asked for a window: nothing to say
            from PySide6.QtCore import QCoreApplication

            from tracker.ui.common.errors import show_message

            show_message(None, QCoreApplication.translate(
                "App", "Treatment Journey is already open but is not answering. Wait a minute and try again; "
                       "if it still does not come forward, restart the computer. Nothing you saved is lost."))
            app.exec()
        return 1

    from PySide6.QtCore import QTimer

    from tracker.ui.main.flow import StartFlow
    from tracker.ui.reminders import autostart

    # The login entry written from Settings keeps this folder and language.
    autostart.remember_launch(data_dir, namespace.lang)
    # Closing the last window does not stop reminders; File → Quit (or the tray's Quit) does.
    app.setQuitOnLastWindowClosed(False)
    flow = StartFlow(data_dir, parent=app, background=True)

    servers: list[single_instance.InstanceServer] = []

    def listen() -> None:
        # After the first paint: a later start waits for this socket (it sees the claim).
        server = single_instance.InstanceServer(data_dir, app)
        server.show_requested.connect(flow.bring_forward)
        servers.append(server)

    held = claim

    def quitting() -> None:
        # The socket first: a start made while this run closes its journals must not hand its
        # "show" to a run that is ending (nothing would open); it waits for the claim instead.
        for server in servers:
            server.close()
        flow.shutdown()
        held.release()  # journals closed: the next start may open them

    flow.start(autostart=namespace.autostart)
    QTimer.singleShot(LISTEN_AFTER_MS, app, listen)
    app.aboutToQuit.connect(quitting)
    _warm_on_first_input(app)
    return app.exec()
