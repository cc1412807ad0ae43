"""Issue 18's real-engine proof: one journal on two computers through two real Syncthing instances.

Computer A (the patient) and computer B (the carer) each have their own data folder (their
local journal) and their own Syncthing with its own sync folder; Syncthing carries the files
between them on 127.0.0.1. The patient shares into A's folder and adds the carer (who types
their own passphrase on A); the carer joins from B's folder once Syncthing brought it there.
Both log and tick, sync through Syncthing both ways, and the two journals' canonical exports
end byte-identical. Privacy: strings typed on A are nowhere in either sync folder or either
Syncthing home, and the sync folder's file names are only computer ids and sequence numbers.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sync_engine.scan import files_containing
from sync_engine.syncthing import SyncthingPair

from tracker.domain.clock import FixedClock
from tracker.domain.symptoms import SymptomRating
from tracker.services import diary, doses, journals, plan, questions, sync, sync_changes

PATIENT_PASS = "patient passphrase, long"
CARER_PASS = "carer passphrase, also long"
DAILY = {"kind": "interval", "every": 1, "unit": "days"}
START = datetime(2026, 12, 3, 9, 0, tzinfo=ZoneInfo("Europe/London"))

# Typed on A; must never reach a file Syncthing (or anyone holding the folder) can read.
SYMPTOM_NOTE = "Quokka-symptom-note-5150"
QUESTION = "Quokka-question-for-the-oncologist-7781"
DRUG_NOTE = "Quokka-drug-note-after-breakfast-2093"
CARER_NAME = "Quokkabert"
MARKERS = [SYMPTOM_NOTE, QUESTION, DRUG_NOTE, CARER_NAME]

# What may appear inside a sync folder (Syncthing's own files aside).
_ALLOWED = re.compile(
    r"treatment-journey-[0-9a-f]{12}(/keys|/snapshot-[0-9a-f]{16}-\d{8}|/[0-9a-f]{16}|/[0-9a-f]{16}/\d{8}\.bundle)?")
_SYNCTHING_OWN = re.compile(r"(^|/)(\.stfolder|\.stignore|\.stversions)(/|$)")


def _at(minutes: int) -> FixedClock:
    return FixedClock(START + timedelta(minutes=minutes))


def _files(folder) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def test_patient_and_carer_share_one_journal_through_syncthing(syncthing_pair: SyncthingPair, tmp_path):
    pair = syncthing_pair
    a = journals.create_journal(tmp_path / "data-a", "Anna", PATIENT_PASS).journal
    b = None
    try:
        line = plan.add_line(a, name="Letrozole", start=date(2026, 11, 1))
        drug = plan.add_regimen_drug(a, line.id, drug_id="letrozole", pattern=DAILY, times=["08:00"],
                                     start=date(2026, 11, 1))
        share = sync.share_journal(a, pair.a.folder, PATIENT_PASS, _at(0))
        carer = sync.add_person(a, CARER_NAME, CARER_PASS, CARER_PASS, _at(1))
        diary.log_symptoms(a, [SymptomRating("nausea", severity=2)], entered_by=None,
                           occurred_at=START, clock=_at(2), note=SYMPTOM_NOTE)
        questions.add_question(a, QUESTION, None, _at(2))
        doses.record(a, _at(2), (drug.id, START.date(), 0), doses.TAKEN, entered_by_id=None, note=DRUG_NOTE)
        assert sync.sync_now(a, _at(3)).problems == ()

        # Syncthing brings the shared journal to B's folder; the carer joins from there.
        pair.wait_synced(predicate=lambda: (pair.b.folder / share.folder.name / "keys").is_file())
        joined = sync.join_shared_journal(tmp_path / "data-b", pair.b.folder, CARER_PASS, _at(4))
        b = joined.journal
        assert sync.my_person_id(b) is not None
        assert [d.drug.drug_id for d in plan.scheduled_drugs(b)] == ["letrozole"]
        drug_b = next(d.drug.id for d in plan.scheduled_drugs(b))

        # Both log and tick (the same dose, too), then sync through Syncthing both ways.
        ben = sync.my_person_id(b)
        diary.log_symptoms(b, [SymptomRating("fatigue", severity=3)], entered_by=ben,
                           occurred_at=START - timedelta(hours=1), clock=_at(5), note="carer's note")
        doses.record(b, _at(5), (drug_b, START.date() - timedelta(days=1), 0), doses.TAKEN, entered_by_id=ben)
        doses.record(a, _at(6), (drug.id, START.date() - timedelta(days=1), 0), doses.TAKEN, entered_by_id=None)
        for minute in (7, 8):
            for journal in (a, b):
                report = sync.sync_now(journal, _at(minute))
                assert report.problems == (), report.problems
            pair.wait_synced()
        for journal in (a, b):
            assert sync.sync_now(journal, _at(9)).problems == ()

        export_a, export_b = sync_changes.canonical_export(a), sync_changes.canonical_export(b)
        assert export_a == export_b
        records = json.loads(export_a)["records"]
        notes = {r["v"].get("note") for r in records if r["t"] == "diary_logs"}
        assert {SYMPTOM_NOTE, "carer's note"} <= notes
        yesterday = [r for r in records if r["t"] == "dose_events"
                     and r["v"]["planned_date"] == (START.date() - timedelta(days=1)).isoformat()]
        assert len(yesterday) == 2 and sum(r["v"]["deleted_at"] is None for r in yesterday) == 1  # ticked on both: one dose event
        status = sync.sync_status(a, _at(9))
        assert {c.label for c in status.computers} == {"Anna", CARER_NAME}
        assert carer.name == CARER_NAME

        # Privacy: nothing typed on A is in any file either Syncthing can see or keeps.
        pair.wait_synced()
        assert files_containing(pair.scan_roots(), MARKERS) == []
        for inst in pair:
            names = [n for n in _files(inst.folder) if not _SYNCTHING_OWN.search(n)]
            assert names, inst.name
            assert [n for n in names if not _ALLOWED.fullmatch(n)] == [], inst.name
    finally:
        a.close()
        if b is not None:
            b.close()
