"""Make the fixture journal for the current release's schema (tests/reliability/fixtures/releases/).

    .venv/bin/python tests/reliability/make_fixture.py            # writes releases/<head revision>/
    .venv/bin/python tests/reliability/make_fixture.py --force    # replace an existing one

FOR EACH RELEASE (part of the release checklist):
  1. Freeze the release's Alembic revision (explicit operations, no `create_all`).
  2. Run this script once. It writes `fixtures/releases/<revision>/`: a journal made by this
     release (weak test-only KDF, known passphrase and recovery key) and `manifest.json`
     listing what is in it.
  3. Commit that folder and NEVER regenerate it afterwards: from then on it stands for the
     journals people have on their computers. `test_upgrades.py` opens every folder under
     `releases/` with the newest code and checks the content survives the upgrade.
Before the first release the 0001 revision still follows the models; if a model change
breaks the 0001 fixture, regenerate it with --force (it has never been shipped).

Only stable columns go into the manifest check (names, notes, ratings), read with plain
SQL, so the check does not depend on today's ORM classes.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import weak_kdf  # noqa: E402

weak_kdf.install()  # a fixture, never a real journal

RELEASES = Path(__file__).resolve().parent / "fixtures" / "releases"
PASSPHRASE = "fixture passphrase for tests"
NAME = "Fixture Patient"
CARERS = [("Sam Carer", "partner"), ("Alex Helper", "daughter")]
SETTINGS = {"security.auto_lock_minutes": 15, "fixture.note": "kept across upgrades"}
LOGS = [  # (days before 2026-06-01 09:00 London, term, severity, note)
    (10, "fatigue", 2, "Tired after the walk to the shops"),
    (7, "nausea", 1, "Mild, settled with ginger tea"),
    (3, "hot_flushes", 3, "Several at night"),
    (1, "joint_pain", 2, "Knees and hands in the morning"),
]


def make(force: bool = False) -> Path:
    from tracker import __version__
    from tracker.domain.clock import FixedClock
    from tracker.domain.symptoms import SymptomRating
    from tracker.services import diary, people, settings
    from tracker.services.journals import create_journal
    from tracker.storage import schema

    revision = schema.head_revision()
    target = RELEASES / revision
    if target.exists():
        if not force:
            raise SystemExit(f"{target} exists; fixtures of released versions are never regenerated (--force to replace)")
        shutil.rmtree(target)
    data_dir = target / "data"
    created = create_journal(data_dir, NAME, PASSPHRASE)
    journal = created.journal
    for name, relation in CARERS:
        people.add_carer(journal, name, relation)
    for key, value in SETTINGS.items():
        settings.set(journal, key, value)
    london = ZoneInfo("Europe/London")
    clock = FixedClock(datetime(2026, 6, 1, 9, 0, tzinfo=london))
    for days, term, severity, note in LOGS:
        diary.log_symptoms(journal, [SymptomRating(term, severity=severity)], entered_by=None,
                           occurred_at=clock.now() - timedelta(days=days), clock=clock, note=note)
    journal.close()  # checkpoints: one self-contained journal.db
    for leftover in ("journal.db-wal", "journal.db-shm"):
        (journal.paths.folder / leftover).unlink(missing_ok=True)
    manifest = {
        "revision": revision,
        "app_version": __version__,
        "made": datetime.now(ZoneInfo("UTC")).replace(microsecond=0).isoformat(),
        "journal_id": journal.journal_id,
        "passphrase": PASSPHRASE,
        "recovery_key": created.recovery_key,
        "content": {
            "patient": NAME,
            "carers": [name for name, _ in CARERS],
            "settings": SETTINGS,
            "logs": [{"term": term, "severity": severity, "note": note} for _, term, severity, note in LOGS],
        },
    }
    (target / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="replace the fixture of the current revision")
    print(make(force=parser.parse_args().force))
