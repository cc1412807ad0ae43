"""Importing a JSON export: malformed input is refused with a plain reason and never leaves a
partial journal behind (property-based fuzzing included)."""

from __future__ import annotations

import copy
import json
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.domain.errors import ImportRejected, KnownError
from tracker.services import importer
from tracker.services.exports import json_export
from tracker.storage.paths import journals_root

PASS = "correct horse battery staple"


@pytest.fixture
def document(journal, clock):
    from tracker.services import people

    people.add_carer(journal, "Sam", "partner")
    return json_export.build_export(journal, clock=clock)


def _journal_folders(data_dir):
    root = journals_root(data_dir)
    return sorted(p.name for p in root.iterdir()) if root.exists() else []


def _try_import(tmp_path, payload: bytes):
    target = tmp_path / "target"
    path = tmp_path / "in.json"
    path.write_bytes(payload)
    try:
        result = importer.import_json(target, path, PASS)
    except KnownError as exc:
        assert isinstance(exc, ImportRejected), exc
        assert exc.message.endswith(".")
        assert _journal_folders(target) == []  # nothing half-made
        return None
    result.journal.close()
    return result


def _ack_row(doc: dict, **values) -> list:
    cols = doc["tables"]["alert_acks"]["columns"]
    row = {c: None for c in cols}
    row.update(alert_key="k", acknowledged_at="2026-01-01T00:00:00+00:00", rule_id="r", entry_id=1)
    if "gid" in row:  # shared records have a global id (revision 0003)
        row["gid"] = uuid.uuid4().hex
    row.update(values)
    return [row[c] for c in cols]


def _mutations(doc: dict) -> list[tuple[str, dict | str]]:
    people = doc["tables"]["people"]
    cols = people["columns"]
    cases = []

    def mutate(label, fn):
        d = copy.deepcopy(doc)
        fn(d)
        cases.append((label, d))

    mutate("wrong format", lambda d: d.update(format="something-else"))
    mutate("newer version", lambda d: d.update(version=99))
    mutate("no tables", lambda d: d.pop("tables"))
    mutate("unknown table", lambda d: d["tables"].update(mystery={"columns": [], "rows": []}))
    mutate("unknown column", lambda d: d["tables"]["people"]["columns"].__setitem__(0, "shoe_size"))
    mutate("short row", lambda d: d["tables"]["people"]["rows"][0].pop())
    mutate("bad date", lambda d: d["tables"]["people"]["rows"][0].__setitem__(cols.index("created_at"), "yesterday"))
    mutate("naive instant", lambda d: d["tables"]["people"]["rows"][0].__setitem__(cols.index("created_at"), "2026-01-01T10:00:00"))
    mutate("text as id", lambda d: d["tables"]["people"]["rows"][0].__setitem__(cols.index("id"), "one"))
    mutate("missing required", lambda d: d["tables"]["people"]["rows"][0].__setitem__(cols.index("name"), None))
    mutate("duplicate id", lambda d: d["tables"]["people"]["rows"].append(list(d["tables"]["people"]["rows"][0])))
    mutate("dangling reference", lambda d: d["tables"]["alert_acks"]["rows"].append(_ack_row(d, id=1, acknowledged_by_id=999)))
    cases.append(("not json", "{not json"))
    cases.append(("a list", "[1, 2, 3]"))
    return cases


def test_round_trip_is_accepted(tmp_path, document):
    assert _try_import(tmp_path, json_export.dumps(document)) is not None


@pytest.mark.parametrize("case", range(14))
def test_malformed_documents_refused_with_reason(tmp_path, document, case):
    label, mutated = _mutations(document)[case]
    payload = mutated.encode() if isinstance(mutated, str) else json.dumps(mutated).encode()
    path = tmp_path / "in.json"
    path.write_bytes(payload)
    with pytest.raises(ImportRejected) as caught:
        importer.import_json(tmp_path / "target", path, PASS)
    assert "Nothing was changed" in caught.value.message, label
    assert _journal_folders(tmp_path / "target") == []


def test_database_refusal_removes_the_new_journal(tmp_path, document, monkeypatch):
    """If the database refuses a row after validation, the half-made journal is deleted."""
    doc = copy.deepcopy(document)
    # alert_key is unique: only the database knows that, after validation has passed.
    doc["tables"]["alert_acks"]["rows"] = [_ack_row(doc, id=1, alert_key="same"), _ack_row(doc, id=2, alert_key="same")]
    path = tmp_path / "in.json"
    path.write_bytes(json.dumps(doc).encode())
    with pytest.raises(ImportRejected, match="contradict"):
        importer.import_json(tmp_path / "target", path, PASS)
    assert _journal_folders(tmp_path / "target") == []


def test_weak_passphrase_refused_before_anything(tmp_path, document):
    from tracker.domain.errors import ValidationError

    path = tmp_path / "in.json"
    path.write_bytes(json_export.dumps(document))
    with pytest.raises(ValidationError):
        importer.import_json(tmp_path / "target", path, "short")
    assert _journal_folders(tmp_path / "target") == []


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.lists(st.sampled_from(["tables", "people", "rows", 0, 1, "columns", "journal", "version"]), min_size=1, max_size=4),
       value=json_values)
def test_fuzzed_json_never_crashes_or_half_imports(tmp_path_factory, document, path, value):
    doc = copy.deepcopy(document)
    node = doc
    for key in path[:-1]:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
    try:
        node[path[-1]] = value
    except (IndexError, TypeError):
        pass
    _try_import(tmp_path_factory.mktemp("fuzz"), json.dumps(doc).encode())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_random_bytes_never_crash(tmp_path_factory, payload):
    _try_import(tmp_path_factory.mktemp("bytes"), payload)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.text(max_size=12), max_size=6), max_size=6))
def test_csv_text_given_to_import_is_refused(tmp_path_factory, rows):
    """A CSV export (or any CSV) handed to the importer is refused plainly, never half-imported."""
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer).writerows([["Date and time", "Symptom", "Severity"], *rows])
    assert _try_import(tmp_path_factory.mktemp("csv"), buffer.getvalue().encode("utf-8-sig")) is None


def test_cancelled_import_leaves_no_journal(tmp_path, document):
    from tracker.domain.errors import OperationCancelled

    def progress(done, total, label=""):
        raise OperationCancelled()

    path = tmp_path / "in.json"
    path.write_bytes(json_export.dumps(document))
    with pytest.raises(OperationCancelled):
        importer.import_json(tmp_path / "target", path, PASS, progress=progress)
    assert _journal_folders(tmp_path / "target") == []
