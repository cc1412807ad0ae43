"""Sharing benchmark (issue 18): a day's changes applied, joining a shared journal of the
benchmark's length, and what change capture adds to a save.

    .venv/bin/python bench/run.py --modules sync            # 5-year synthetic journal
    .venv/bin/python bench/run.py --quick --modules sync

Goals (issue 18): a day's changes applied < 100 ms; joining a 5-year journal < 10 s; sync adds
< 5 ms to a save. Each case runs on copies of the benchmark journal in the scratch folder (the
journal itself is never shared). Setting up (sharing, adding the carer: one real Argon2id each)
is done once per process, untimed.
"""

from __future__ import annotations

import json
import shutil
import zlib
from datetime import timedelta

from harness import Case, Ctx

CARER_PASS = "benchmark carer passphrase, long enough"
DAY_LOGS, DAY_TICKS, DAY_QUESTIONS = 8, 8, 4  # 20 records: a busy day for patient and carer


def _copy_journal(ctx: Ctx, name: str):
    """An open copy of the benchmark journal in the scratch folder (same data key)."""
    from tracker.storage import keyslots
    from tracker.storage.journal import open_with_key
    from tracker.storage.paths import journal_paths

    data_dir = ctx.scratch / name
    shutil.rmtree(data_dir, ignore_errors=True)
    paths = journal_paths(data_dir, ctx.journal_id)
    shutil.copytree(ctx.paths.folder, paths.folder, ignore=shutil.ignore_patterns("journal.lock", "backups"))
    return data_dir, open_with_key(paths, keyslots.load(paths), ctx.data_key)


def _shared(ctx: Ctx) -> dict:
    """A copy of the benchmark journal shared into a folder, with a carer who may join."""
    if "sync_shared" not in ctx._cache:
        from tracker.services import sync

        _data, patient = _copy_journal(ctx, "sync-patient")
        sync_dir = ctx.scratch / "sync-folder"
        shutil.rmtree(sync_dir, ignore_errors=True)
        sync_dir.mkdir()
        info = sync.share_journal(patient, sync_dir, ctx.passphrase, ctx.clock)
        sync.add_person(patient, "Carer", CARER_PASS, CARER_PASS, ctx.clock)
        sync.sync_now(patient, ctx.clock)
        ctx._cache["sync_shared"] = {"patient": patient, "sync_dir": sync_dir, "info": info}
    return ctx._cache["sync_shared"]


def _day_of_changes(journal, clock, day: int) -> None:
    """A busy day: logs, dose outcomes (planned doses the benchmark journal left open, or
    corrections of recorded ones), questions."""
    from tracker.domain.symptoms import SymptomRating
    from tracker.services import diary, doses, questions

    now = clock.now() - timedelta(days=day)
    for i in range(DAY_LOGS):
        diary.log_symptoms(journal, [SymptomRating("fatigue", severity=i % 4), SymptomRating("nausea", severity=1)],
                           entered_by=None, occurred_at=now - timedelta(minutes=10 * i + 1), clock=clock,
                           note="bench day")
    due = doses.doses_between(journal, now.date() - timedelta(days=40), now.date())
    for dose in due[-DAY_TICKS:]:
        doses.record(journal, clock, dose, doses.MISSED if day % 2 else doses.SKIPPED, entered_by_id=None)
    for i in range(DAY_QUESTIONS):
        questions.add_question(journal, f"bench question {day}-{i}", None, clock)


def cases(ctx: Ctx) -> list[Case]:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    from tracker.domain.clock import FixedClock
    from tracker.services import sync
    from tracker.storage import kdf

    runs = (ctx.repeats + 1) * 2 + 2  # warm-ups and timed runs of both sides, with room
    state: dict = {}

    # -- a day's changes -----------------------------------------------------------------------------

    def day_setup_once() -> None:
        if "carer" in state:
            return
        shared = _shared(ctx)
        patient, info = shared["patient"], shared["info"]
        created = sync.join_shared_journal(ctx.scratch / "sync-carer", shared["sync_dir"], CARER_PASS, ctx.clock)
        state["carer"] = created.journal
        # One bundle per day of changes, made now and moved aside; each run brings in the next.
        staged = ctx.scratch / "sync-staged"
        shutil.rmtree(staged, ignore_errors=True)
        staged.mkdir()
        folder = info.folder / info.computer_id
        before = {p.name for p in folder.iterdir()}
        for day in range(runs):
            _day_of_changes(patient, FixedClock(ctx.clock.now() + timedelta(seconds=day)), day)
            sync.sync_now(patient, FixedClock(ctx.clock.now() + timedelta(seconds=day)))
        state["staged"] = []
        for path in sorted(p for p in folder.iterdir() if p.name not in before):
            state["staged"].append(shutil.move(str(path), staged / path.name))
        state["dest"] = folder
        state["keys"] = sync.sync_local.sharing(patient).membership.epoch_keys

    def day_setup() -> None:
        day_setup_once()
        if state.get("in_folder"):
            return  # the last one is still to be applied by our side
        nxt = state["staged"].pop(0)
        state["bare_file"] = shutil.copy(nxt, ctx.scratch / "bare.bundle")
        shutil.move(str(nxt), state["dest"] / nxt.name)
        state["in_folder"] = True

    def day_ours() -> None:
        report = sync.sync_now(state["carer"], ctx.clock)
        assert report.applied == 1 and not report.problems, report
        state["in_folder"] = False

    def _bare_open(path) -> bytes:
        """The envelope opened with the bare stack: header line, HKDF, AES-GCM, zlib."""
        data = open(path, "rb").read()
        end = data.index(b"\n", 8) + 1
        epoch = json.loads(data[8:end])["epoch"]
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"bundle").derive(state["keys"][epoch])
        return zlib.decompress(AESGCM(key).decrypt(data[end:end + 12], data[end + 12:], data[8:end]))

    def day_bare() -> None:
        # The same file decrypted and parsed, its records written as rows of one table in one transaction.
        records = json.loads(_bare_open(state["bare_file"]))["records"]
        conn = ctx.bare_connection()
        conn.execute("CREATE TABLE IF NOT EXISTS bench_sync_bare (gid TEXT PRIMARY KEY, hlc TEXT, body TEXT)")
        conn.executemany("INSERT OR REPLACE INTO bench_sync_bare VALUES (?, ?, ?)",
                         [(r["g"], r["h"], json.dumps(r)) for r in records])
        conn.commit()

    # -- joining ----------------------------------------------------------------------------------------

    def join_setup() -> None:
        _shared(ctx)
        shutil.rmtree(ctx.scratch / "sync-join", ignore_errors=True)
        for name in ("bare-join.db", "bare-join.db-wal", "bare-join.db-shm"):
            (ctx.scratch / name).unlink(missing_ok=True)

    def join_ours() -> None:
        created = sync.join_shared_journal(ctx.scratch / "sync-join", _shared(ctx)["sync_dir"], CARER_PASS, ctx.clock)
        created.journal.close()

    def join_bare() -> None:
        # Argon2id twice (the member slot, the new journal's key file), then the newest snapshot
        # decrypted, parsed and its records written into a new SQLCipher file in one transaction.
        import sqlcipher3.dbapi2 as db

        from tracker.storage.sync_folder import SharedFolder

        params = kdf.params_for_new_slot()
        for _ in range(2):
            kdf.derive(CARER_PASS, b"\x00" * 16, params)
        ref = SharedFolder.open(_shared(ctx)["sync_dir"]).latest_snapshot()
        document = json.loads(_bare_open(ref.path))
        conn = db.connect(str(ctx.scratch / "bare-join.db"))
        conn.execute(f"PRAGMA key = \"x'{ctx.data_key.hex()}'\"")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("CREATE TABLE records (t TEXT, g TEXT PRIMARY KEY, h TEXT, v TEXT)")
        conn.executemany("INSERT INTO records VALUES (?, ?, ?, ?)",
                         [(r["t"], r["g"], r["h"], json.dumps(r.get("v"))) for r in document["records"]])
        conn.commit()
        conn.close()

    # -- capture triggers -----------------------------------------------------------------------------

    def capture_journals() -> tuple:
        if "with" not in state:
            from tracker.storage.sync_records import registry, triggers

            _d1, with_triggers = _copy_journal(ctx, "sync-capture-on")
            _d2, without = _copy_journal(ctx, "sync-capture-off")
            with without.connection() as conn:
                for statement in triggers.drop_sql([t.name for t in registry.SYNCED]):
                    conn.exec_driver_sql(statement)
            state["with"], state["without"] = with_triggers, without
            state["n"] = 0
        return state["with"], state["without"]

    def save(journal) -> None:
        from tracker.domain.symptoms import SymptomRating
        from tracker.services import diary

        state["n"] += 1
        diary.log_symptoms(journal, [SymptomRating("fatigue", severity=2), SymptomRating("nausea", severity=1)],
                           entered_by=None, occurred_at=ctx.clock.now() - timedelta(minutes=state["n"]),
                           clock=ctx.clock, note="bench")

    def save_with() -> None:
        save(capture_journals()[0])

    def save_without() -> None:
        save(capture_journals()[1])

    return [
        Case("Sync: apply a day's changes from another computer (20 records: 8 logs, 8 doses, 4 questions)",
             day_ours, day_bare, setup=day_setup, note="goal < 100 ms; bare: decrypt + parse + 20-row insert"),
        Case("Sync: join a shared journal of the benchmark's length (snapshot + bundles, 2× Argon2id)",
             join_ours, join_bare, setup=join_setup, repeats=min(ctx.repeats, 3),
             note="goal < 10 s for 5 years; bare: Argon2id ×2 + snapshot rows into a new SQLCipher file"),
        Case("Sync: save one symptom log with change capture (bare: the same save without the triggers)",
             save_with, save_without, note="goal: + < 5 ms per save", target=("ratio", 1.5)),
    ]
