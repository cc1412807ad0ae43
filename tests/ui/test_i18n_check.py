"""The translation checks (tools/i18n_check.py) catch what they promise, and the project passes them."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_tool():
    spec = importlib.util.spec_from_file_location("i18n_check", ROOT / "tools" / "i18n_check.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("i18n_check", module)
    spec.loader.exec_module(module)
    return module


check = _load_tool()


def scan(code: str):
    return check.scan_source(textwrap.dedent(code), "example.py")


# ----------------------------------------------------------------------------- unmarked strings

@pytest.mark.parametrize("code", [
    'label.setText("Save your changes")',
    'self.setWindowTitle("Journal")',
    'button.setToolTip("Opens the plan")',
    'edit.setPlaceholderText("Type a name")',
    'w = QLabel("Temperature")',
    'b = QPushButton("Save", self)',
    'menu.addAction("Lock now")',
    'field.setAccessibleName("Passphrase")',
    'QMessageBox.warning(self, self.tr("Title"), "Something failed")',
    'QMessageBox.information(self, "Saved", self.tr("Done"))',
    'label.setText(f"{count} doses missed")',
    'label.setText(self.tr("Cycle") + " day")',
    'box.addItem("Morning", 1)',
    'EmptyState("No entries yet", self.tr("Log one"))',
    'form.addRow("Name:", edit)',
])
def test_unmarked_literals_are_reported(code):
    found = scan(code)
    assert len(found) == 1, code
    assert found[0].line == 1


@pytest.mark.parametrize("code", [
    'label.setText(self.tr("Save your changes"))',
    'label.setText(QCoreApplication.translate("Ctx", "Save"))',
    'label.setText("")',
    'label.setText("%")',
    'spin.setSuffix(" %")',
    'label.setText("12:30")',
    'key.setPlaceholderText("XXXX-XXXX-XXXX")',
    'label.setText(name)',
    'label.setText(f"<b>{title}</b>")',
    'self.setWindowTitle("Treatment Journey")',
    'label.setText("Patient")  # i18n: ok - a test of the opt-out',
    'print("setText is not called here")',
    'QMessageBox.warning(self, self.tr("T"), self.tr("Text"))',
])
def test_marked_or_textless_strings_pass(code):
    assert scan(code) == []


def test_violation_names_file_and_line():
    found = scan("""
        def build(self):
            ok = QLabel(self.tr("Fine"))
            bad = QLabel("Not fine")
    """)
    assert [(v.path, v.line, v.call, v.text) for v in found] == [("example.py", 4, "QLabel", "Not fine")]
    assert "example.py:4" in str(found[0])


def test_ui_code_marks_every_string():
    """The real check over tracker/ui: every literal shown in a widget goes through tr()."""
    violations = check.scan_ui()
    assert not violations, "\n".join(str(v) for v in violations)


# ----------------------------------------------------------------------------- .ts completeness

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Demo</name>
    <message><source>Done</source><translation>Hecho</translation></message>
    <message><source>Waiting</source><translation type="unfinished">Esperando</translation></message>
    <message><source>Empty</source><translation></translation></message>
    <message><source>Gone</source><translation type="vanished">Ido</translation></message>
    <message numerus="yes"><source>%n dose(s)</source><translation>
        <numerusform>%n dosis</numerusform><numerusform></numerusform></translation></message>
    <message numerus="yes"><source>%n day(s)</source><translation>
        <numerusform>%n día</numerusform><numerusform>%n días</numerusform></translation></message>
</context>
</TS>
"""


def test_untranslated_entries_are_found(tmp_path):
    ts = tmp_path / "demo_es.ts"
    ts.write_text(TS, encoding="utf-8")
    missing = {m.source for m in check.untranslated(ts)}
    assert missing == {"Waiting", "Empty", "%n dose(s)"}


def test_fresh_lupdate_sees_a_new_string(tmp_path, monkeypatch):
    """A string added to the code after the last update counts as untranslated."""
    src = tmp_path / "tracker"
    src.mkdir()
    (src / "demo.py").write_text(textwrap.dedent("""
        from PySide6.QtCore import QCoreApplication
        QCoreApplication.translate("Demo", "Done")
        QCoreApplication.translate("Demo", "A brand new sentence")
    """), encoding="utf-8")
    i18n = tmp_path / "i18n"
    i18n.mkdir()
    (i18n / "tracker_es.ts").write_text(TS, encoding="utf-8")
    monkeypatch.setattr(check, "ROOT", tmp_path)
    monkeypatch.setattr(check, "TRACKER", src)
    monkeypatch.setattr(check, "I18N", i18n)
    missing = check.check_translations(("es",))
    assert [(m.context, m.source) for m in missing] == [("Demo", "A brand new sentence")]


def test_every_string_is_translated_in_spanish_and_persian():
    """The project's .ts files, brought up to date with the code, have no gaps."""
    missing = check.check_translations()
    assert not missing, f"{len(missing)} untranslated (run scripts/i18n-update, translate):\n" + "\n".join(
        str(m) for m in missing[:40])


# ----------------------------------------------------------------------------- KnownError messages

def test_known_error_messages_are_collected():
    messages = check.known_error_messages()
    from tracker.domain import errors

    for cls in (errors.WrongPassphrase, errors.JournalDamaged, errors.DiskFull, errors.OperationCancelled):
        assert cls.message in messages
    # Literal messages raised in services are collected too.
    assert "The two passphrases are not the same." in messages


def test_generated_extra_module_is_up_to_date():
    expected = check.current_extra()
    actual = (ROOT / "tracker" / "ui" / "i18n_extra.py").read_text(encoding="utf-8")
    assert actual == expected, "run scripts/i18n-update (it regenerates tracker/ui/i18n_extra.py)"


def test_known_error_is_shown_translated(qapp):
    """The display path: a KnownError's message goes through context "KnownError"."""
    from tracker.domain.errors import DiskFull
    from tracker.render.i18n import i18n_dir, install_translators
    from tracker.ui.common.errors import known_message

    if not (i18n_dir() / "tracker_es.qm").exists():
        pytest.skip("translations not compiled (scripts/i18n-build)")
    install_translators(qapp, "es")  # tests/conftest.py puts the language back afterwards
    assert known_message(DiskFull()) != DiskFull.message


def test_wrapper_texts_reach_their_runtime_context(tmp_path, monkeypatch):
    """`tr("…")` through a module wrapper is filed by lupdate under "" (or the module's name for
    `words.tr`); the build copies it to the wrapper's context, where the app looks it up."""
    pkg = tmp_path / "tracker" / "ui"
    pkg.mkdir(parents=True)
    (pkg / "words.py").write_text(textwrap.dedent('''
        from PySide6.QtCore import QCoreApplication
        CTX = "PlanWords"
        def tr(text):
            return QCoreApplication.translate(CTX, text)
        LABEL = tr("By mouth")
    '''), encoding="utf-8")
    (pkg / "view.py").write_text("from tracker.ui import words\nwords.tr('Tablets')\n", encoding="utf-8")
    i18n = tmp_path / "i18n"
    i18n.mkdir()
    ts = i18n / "tracker_es.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context><name></name>
<message><location filename="../tracker/ui/words.py" line="+6"/><source>By mouth</source><translation>Por boca</translation></message>
</context>
<context><name>words</name>
<message><location filename="../tracker/ui/view.py" line="+2"/><source>Tablets</source><translation>Pastillas</translation></message>
</context>
</TS>
""", encoding="utf-8")
    monkeypatch.setattr(check, "ROOT", tmp_path)
    out = tmp_path / "out.ts"
    assert check.prepare_for_release(ts, out) == []
    import xml.etree.ElementTree as ET

    contexts = {c.findtext("name"): {m.findtext("source"): m.findtext("translation") for m in c.iter("message")}
                for c in ET.parse(out).getroot().iter("context")}
    assert contexts["PlanWords"] == {"By mouth": "Por boca", "Tablets": "Pastillas"}

    # And the compiled file answers the runtime lookup.
    from PySide6.QtCore import QCoreApplication, QTranslator

    qm = tmp_path / "out.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent", str(out), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("PlanWords", "By mouth") == "Por boca"
    assert translator.translate("PlanWords", "Tablets") == "Pastillas"
    assert QCoreApplication.translate("PlanWords", "By mouth") == "By mouth"  # nothing installed globally


def test_locations_without_a_filename_belong_to_the_previous_messages_first_file(tmp_path):
    """lupdate writes a file name only when it changes, relative to the previous message's
    FIRST location; reading it as the last one filed chart labels under the wrong context."""
    import xml.etree.ElementTree as ET

    context = ET.fromstring(
        "<context><name></name>"
        "<message><location filename='../a.py' line='1'/><location filename='../b.py' line='9'/>"
        "<source>shared</source></message>"
        "<message><location line='5'/><source>only in a</source></message>"
        "</context>"
    )
    (shared, shared_files), (second, second_files) = check._message_files(context, tmp_path / "i18n")
    assert {p.name for p in shared_files} == {"a.py", "b.py"}
    assert {p.name for p in second_files} == {"a.py"}
