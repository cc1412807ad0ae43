"""The child process the kill tests shoot (SIGKILL) at a random moment.

Run as a script (the test starts it with the venv's python):

    python _writer.py serve        a "zygote": imports the app once, then for each JSON
                                   request on stdin forks a child that runs one job, and
                                   answers {"pid": n} and later {"exit": status}.
    python _writer.py run JSON     runs one job in this process (for systems without fork).

Forking from a warm process keeps each trial to a few tens of milliseconds, so the normal
test run can afford the 20 kill trials issue 3 asks for.

A job writes one line to its `out` file after each step *returned* (e.g. the id of an entry
whose save returned); the parent checks afterwards that every such step survived.
Jobs: "saves" (a stream of diary saves: symptom logs, or carers before the diary existed), "passphrase" (passphrase changes back and forth),
"upgrade" (open a journal that needs a schema upgrade, with `migrations` pointing at a
copy of the migrations folder holding an extra test revision), "tz_save" (log one entry
with the process's time zone set to `tz`, as after travelling), "backup" (back up again
and again), "restore" (restore `backup` over the closed journal once), "sync" (one computer
of a shared journal syncing and saving in turn).
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# This checkout's code (not whichever one the venv's editable install points to), and the
# suite's cheap KDF (tests/weak_kdf.py).
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))
sys.path.insert(1, str(Path(__file__).resolve().parents[2]))

import _faults  # noqa: E402
import weak_kdf  # noqa: E402

weak_kdf.install()


def _emit(fd: int, text: str) -> None:
    os.write(fd, (text + "\n").encode("utf-8"))


def job_saves(req: dict, out: int) -> None:
    from tracker.services.journals import unlock

    journal = unlock(Path(req["data_dir"]), req["journal_id"], req["passphrase"])
    _emit(out, "open")
    start = int(req.get("start", 0))
    for index in range(start, start + 100_000):
        entry_id = _faults.save_entry(journal, index)
        _emit(out, f"saved {entry_id}")


def job_passphrase(req: dict, out: int) -> None:
    from tracker.domain.errors import WrongPassphrase
    from tracker.services.journals import change_passphrase, unlock

    data_dir = Path(req["data_dir"])
    candidates = [_faults.PASSPHRASE, _faults.OTHER_PASSPHRASE]
    journal = None
    for current in candidates:
        try:
            journal = unlock(data_dir, req["journal_id"], current)
            break
        except WrongPassphrase:
            continue
    if journal is None:
        _emit(out, "error neither passphrase opens")
        raise SystemExit(1)
    _emit(out, f"open {candidates.index(current)}")
    for _ in range(100_000):
        nxt = candidates[1 - candidates.index(current)]
        change_passphrase(journal, nxt)
        current = nxt
        _emit(out, f"changed {candidates.index(current)}")


def job_upgrade(req: dict, out: int) -> None:
    from tracker.services.journals import unlock
    from tracker.storage import schema

    schema.MIGRATIONS = Path(req["migrations"])
    journal = unlock(Path(req["data_dir"]), req["journal_id"], req["passphrase"])
    with journal.connection() as conn:
        revision = schema.current_revision(conn)
    _emit(out, f"upgraded {revision}")
    journal.close()


def job_backup(req: dict, out: int) -> None:
    from tracker.services import backup
    from tracker.services.journals import unlock

    journal = unlock(Path(req["data_dir"]), req["journal_id"], req["passphrase"])
    _emit(out, "open")
    for _ in range(10_000):
        info = backup.backup_now(journal)
        _emit(out, f"backup {info.path}")


def job_restore(req: dict, out: int) -> None:
    from tracker.services import backup

    backup.restore_backup(Path(req["data_dir"]), req["journal_id"], Path(req["backup"]), req["passphrase"])
    _emit(out, "done restore")


def job_tz_save(req: dict, out: int) -> None:
    """Start "the app" under another TZ (as after travelling) and log one entry with its clock."""
    import time

    from tzlocal import get_localzone

    from tracker.domain.clock import SystemClock
    from tracker.domain.symptoms import SymptomRating
    from tracker.services import diary
    from tracker.services.journals import unlock

    os.environ["TZ"] = req["tz"]
    time.tzset()
    clock = SystemClock(get_localzone())
    journal = unlock(Path(req["data_dir"]), req["journal_id"], req["passphrase"])
    result = diary.log_symptoms(journal, [SymptomRating("fatigue", severity=1)], entered_by=None,
                                occurred_at=clock.now(), clock=clock, note=req["note"])
    journal.close()
    _emit(out, f"done {result.log_id} {getattr(clock.zone, 'key', clock.zone)}")


def job_rekey(req: dict, out: int) -> None:
    """New data key, passphrase and recovery key, back and forth between the two test
    passphrases, logging each step of storage/rekey.py as it completes."""
    from tracker.domain.errors import WrongPassphrase
    from tracker.services.journals import start_over_with_new_keys, unlock

    data_dir = Path(req["data_dir"])
    candidates = [_faults.PASSPHRASE, _faults.OTHER_PASSPHRASE]
    journal = None
    for current in candidates:
        try:
            journal = unlock(data_dir, req["journal_id"], current)
            break
        except WrongPassphrase:
            continue
    if journal is None:
        _emit(out, "error neither passphrase opens")
        raise SystemExit(1)
    index = candidates.index(current)
    _emit(out, f"open {index}")
    for _ in range(100_000):
        index = 1 - index
        start_over_with_new_keys(journal, candidates[index], delete_old_copies=False,
                                 step=lambda name: _emit(out, f"step {name}"))
        _emit(out, f"rekeyed {index}")


def job_sync(req: dict, out: int) -> None:
    """One computer of a shared journal syncing and saving, again and again: a kill lands while
    a bundle is written (this computer's changes) or applied (the other computer's)."""
    from tracker.services import sync
    from tracker.services.journals import unlock

    journal = unlock(Path(req["data_dir"]), req["journal_id"], req["passphrase"])
    _emit(out, "open")
    clock = _faults._clock()
    start = int(req.get("start", 0))
    for index in range(start, start + 100_000):
        report = sync.sync_now(journal, clock)
        if report.problems:
            _emit(out, "error sync problems: " + ", ".join(type(p).__name__ for p in report.problems))
            raise SystemExit(1)
        _emit(out, f"synced {report.written} {report.applied}")
        entry_id = _faults.save_entry(journal, index)
        _emit(out, f"saved {entry_id}")


JOBS = {"rekey": job_rekey, "sync": job_sync, "saves": job_saves, "passphrase": job_passphrase, "upgrade": job_upgrade, "tz_save": job_tz_save,
        "backup": job_backup, "restore": job_restore}


def run_job(req: dict) -> int:
    out = os.open(req["out"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        JOBS[req["job"]](req, out)
        return 0
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which fails the test
        _emit(out, f"error {type(exc).__name__}: {exc}")
        _emit(out, "trace " + traceback.format_exc().replace("\n", " | "))
        return 1


def serve() -> None:
    # Import everything a job needs before forking, so each child starts warm.
    import tracker.services.backup  # noqa: F401
    import tracker.services.journals  # noqa: F401
    import tracker.services.people  # noqa: F401
    import tracker.storage.models  # noqa: F401
    from tracker.storage import schema

    schema.head_revision()  # loads Alembic's script machinery
    import tracker.services.diary  # noqa: F401
    import tracker.services.sync  # noqa: F401
    for line in sys.stdin:
        req = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                devnull = os.open(os.devnull, os.O_RDWR)
                os.dup2(devnull, 0)
                os.dup2(devnull, 1)
                code = run_job(req)
            finally:
                os._exit(code)
        print(json.dumps({"pid": pid}), flush=True)
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"exit": os.waitstatus_to_exitcode(status)}), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        serve()
    else:
        raise SystemExit(run_job(json.loads(sys.argv[2])))
