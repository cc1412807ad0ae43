from tracker.services import journals, people, settings


def test_create_list_unlock_roundtrip(created, data_dir):
    settings.set(created.journal, "k", {"v": 1})
    created.journal.close()
    infos = journals.list_journals(data_dir)
    assert [i.display_name for i in infos] == ["Test Patient"]
    reopened = journals.unlock(data_dir, infos[0].journal_id, "correct horse battery staple")
    try:
        assert settings.get(reopened, "k") == {"v": 1}
        assert people.patient(reopened).name == "Test Patient"
    finally:
        reopened.close()
