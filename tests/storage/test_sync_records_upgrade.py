"""A journal of the first release upgrades to revision 0003: every record gets a gid and a
zero stamp of this computer, the sync state exists, and changes are captured from then on."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tracker.services import settings, sync_changes
from tracker.services.journals import unlock
from tracker.storage.sync_records import hlc, registry

RELEASES = Path(__file__).resolve().parents[1] / "reliability" / "fixtures" / "releases"


def test_first_release_journal_gets_gids_stamps_and_capture(tmp_path):
    fixture = RELEASES / "0001"
    manifest = json.loads((fixture / "manifest.json").read_text(encoding="utf-8"))
    shutil.copytree(fixture / "data", tmp_path / "data")
    journal = unlock(tmp_path / "data", manifest["journal_id"], manifest["passphrase"])
    try:
        cid = sync_changes.computer_id(journal)
        assert hlc.COMPUTER_ID.match(cid)
        with journal.connection() as conn:
            for entry in registry.SYNCED:
                if entry.name == "settings":
                    continue
                gids = [r[0] for r in conn.exec_driver_sql(f"SELECT gid FROM {entry.name}")]
                assert all(len(g) == 32 and int(g, 16) >= 0 for g in gids), entry.name
                assert len(set(gids)) == len(gids)
            stamps = {r[0] for r in conn.exec_driver_sql("SELECT hlc FROM diary_logs UNION SELECT hlc FROM settings")}
            assert stamps == {hlc.zero(cid)}
            triggers = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").scalar()
            assert triggers == 3 * (len(registry.SYNCED) + len(registry.PARENT_OF))
            assert conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar() == 0
        settings.set(journal, "care_team", {"urgent_name": "Ward 4"})
        payload = sync_changes.pending_payload(journal, _clock())
        assert payload is not None
        records = json.loads(payload)["records"]
        assert [(r["t"], r["g"]) for r in records] == [("settings", "care_team")]
        export = json.loads(sync_changes.canonical_export(journal))
        notes = {r["v"]["note"] for r in export["records"] if r["t"] == "diary_logs"}
        assert notes == {log["note"] for log in manifest["content"]["logs"]}
        assert "fixture.note" in {r["g"] for r in export["records"] if r["t"] == "settings"}
        assert "security.auto_lock_minutes" not in {r["g"] for r in export["records"] if r["t"] == "settings"}
    finally:
        journal.close()


def _clock():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from tracker.domain.clock import FixedClock

    return FixedClock(datetime(2026, 6, 1, 9, 0, tzinfo=ZoneInfo("Europe/London")))
