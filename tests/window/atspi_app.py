"""The app side of the AT-SPI test: shows one screen at a time on command (runs in the venv).

Reads commands on stdin, one a line, and answers "ready <command>" on stdout once the
screen is up, so the pyatspi side (system python) walks a settled tree. Commands: unlock,
wizard, section <id>, rate (the first Today rating set to 2), symptom, save-fever (types 38.5 °C in the symptom form and saves it),
quit. The journal is a throw-away one in the data folder given as argv[1], on paclitaxel.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # this checkout's tracker (not an installed one) and weak_kdf
import weak_kdf  # noqa: E402

weak_kdf.install()

from PySide6.QtCore import QSocketNotifier  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tracker.domain.clock import SystemClock  # noqa: E402
from tracker.services import care_team, journals, plan  # noqa: E402

PASSPHRASE = "atspi test passphrase"


class Driver:
    def __init__(self, app: QApplication, data_dir: Path) -> None:
        self.app = app
        self.data_dir = data_dir
        self.clock = SystemClock()
        self.shown: list = []
        self.window = None
        created = journals.create_journal(data_dir, "AT-SPI test", PASSPHRASE)
        self.journal = created.journal
        start = self.clock.today() - timedelta(days=10)
        line = plan.add_line(self.journal, name="Line", start=start)
        plan.add_regimen_drug(self.journal, line.id, drug_id="paclitaxel",
                              pattern={"kind": "interval", "every": 1, "unit": "days"}, times=["08:00"], start=start)
        care_team.save_care_team(self.journal, care_team.CareTeam("Acute oncology", "0800 123 4567"))
        self.form = None
        self.notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self.command)

    def _clear(self) -> None:
        for widget in self.shown:
            widget.close()
            widget.deleteLater()
        self.shown = []

    def _main(self):
        if self.window is None:
            from tracker.ui.main.window import MainWindow

            self._clear()
            self.window = MainWindow(self.data_dir, self.journal, self.clock)
            self.window.resize(1100, 760)
            self.window.show()
        return self.window

    def command(self) -> None:
        line = sys.stdin.readline().strip()
        if not line or line == "quit":
            self.app.quit()
            return
        word, _, arg = line.partition(" ")
        if word == "unlock":
            from tracker.ui.unlock.window import UnlockWindow

            window = UnlockWindow(self.data_dir, try_keyring=False)
            window.show()
            self.shown.append(window)
        elif word == "wizard":
            from tracker.ui.wizard.wizard import CreateJournalWizard

            self._clear()
            wizard = CreateJournalWizard(self.data_dir / "new")
            wizard.show()
            self.shown.append(wizard)
        elif word == "section":
            window = self._main()
            window.show_section(arg)
        elif word == "calendar":  # the Plan's calendar tab, whose day cells read their whole day
            window = self._main()
            window.show_section("plan")
            window.stack.views["plan"].open_target("calendar")
        elif word == "rate":  # a check-in rating chosen while a reader holds the tree
            from tracker.ui.diary.rating_buttons import RatingButtons

            window = self._main()
            window.show_section("today")
            row = window.findChildren(RatingButtons)[0]
            row.setValue(2)
        elif word == "symptom":
            self.form = self._main().ctx.diary.log_symptoms()
        elif word == "save-fever":
            self.form.temperature.setText("38.5")
            self.form.save()
        self._settle()
        for _ in range(5):
            self.app.processEvents()
        print("ready", line, flush=True)

    def _settle(self) -> None:
        """Let the task runner end its work and deliver it: views read there, and the symptom
        form fills in (and saves) there."""
        from tracker.ui.common.runner import task_runner

        runner = task_runner()
        deadline = time.monotonic() + 30
        while not runner.is_idle() and time.monotonic() < deadline:
            runner.wait_idle(1000)
            self.app.processEvents()


def main() -> int:
    os.environ.setdefault("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Treatment Journey")
    driver = Driver(app, Path(sys.argv[1]))
    print("ready start", flush=True)
    code = app.exec()
    driver.journal.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
