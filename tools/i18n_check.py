"""Translation checks, and the generator of `tracker/ui/i18n_extra.py`.

    .venv/bin/python tools/i18n_check.py              # both checks; exit 1 on any problem
    .venv/bin/python tools/i18n_check.py --code       # only: literals passed to widget text setters
    .venv/bin/python tools/i18n_check.py --ts         # only: every string translated (fresh lupdate)
    .venv/bin/python tools/i18n_check.py --write-extra   # regenerate tracker/ui/i18n_extra.py

1. Completeness: lupdate is run afresh over `tracker/**/*.py` into temporary copies of
   `i18n/tracker_*.ts`, so a string added to the code since the last `scripts/i18n-update`
   counts as untranslated. Every message must have a finished, non-empty translation (every
   plural form too).
2. Unmarked strings: an AST scan of `tracker/ui/**` and `tracker/render/**` for string literals (with letters) passed
   straight to widget text setters, widget constructors and message boxes instead of through
   `tr()` / `QCoreApplication.translate`. A line may opt out with the comment `# i18n: ok`
   (for a proper name, say).
3. KnownError messages are shown through the translator in context "KnownError", but lupdate
   cannot see class attributes or `raise X("…")` arguments; `--write-extra` collects them into
   `tracker/ui/i18n_extra.py` as QT_TRANSLATE_NOOP calls (a test keeps it up to date).
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRACKER = ROOT / "tracker"
I18N = ROOT / "i18n"
EXTRA = TRACKER / "ui" / "i18n_extra.py"
LANGS = ("es", "fa")
#: Also extract calls of module-level `_tr("…")` wrappers (filed under the empty context; the
#: build moves them to the wrapper's context). Keep in step with scripts/i18n-update.
LUPDATE_OPTIONS = ("-tr-function-alias", "tr+=_tr")

# --------------------------------------------------------------------------- unmarked strings

#: Methods whose first argument (or the listed argument positions) is text a person sees.
SETTERS: dict[str, tuple[int, ...]] = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setStatusTip": (0,),
    "setWhatsThis": (0,), "setPlaceholderText": (0,), "setAccessibleName": (0,),
    "setAccessibleDescription": (0,), "setTitle": (0,), "setSubTitle": (0,), "setLabelText": (0,),
    "setInformativeText": (0,), "setDetailedText": (0,), "setSuffix": (0,), "setPrefix": (0,),
    "setSpecialValueText": (0,), "setButtonText": (1,), "setTabText": (1,), "setItemText": (1,),
    "setHtml": (0,), "showMessage": (0,), "addAction": (0, 1), "addMenu": (0, 1), "addItem": (0, 1),
    "addTab": (1,), "insertTab": (2,), "insertItem": (1,), "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,), "setVerticalHeaderLabels": (0,), "addRow": (0,),
    "setFormat": (0,), "addButton": (0,), "setCancelButtonText": (0,), "setOkButtonText": (0,),
    "setDefaultSuffix": (),
}
#: Widget (and friends) constructors whose first text argument a person sees.
CONSTRUCTORS: dict[str, tuple[int, ...]] = {
    "QLabel": (0,), "QPushButton": (0, 1), "QCheckBox": (0,), "QRadioButton": (0,), "QGroupBox": (0,),
    "QAction": (0, 1), "QToolButton": (), "QMenu": (0,), "QCommandLinkButton": (0, 1),
    "QListWidgetItem": (0, 1), "QTableWidgetItem": (0,), "QStandardItem": (0, 1),
    "EmptyState": (0, 1, 2), "WhatIsThisLink": (2,), "QProgressDialog": (0, 1),
}
#: Static dialog helpers: positions of title and text.
DIALOG_CALLS: dict[str, tuple[int, ...]] = {
    "information": (1, 2), "warning": (1, 2), "critical": (1, 2), "question": (1, 2), "about": (1, 2),
    "getText": (1, 2), "getInt": (1, 2), "getDouble": (1, 2), "getItem": (1, 2), "getMultiLineText": (1, 2),
    "getSaveFileName": (1, 3), "getOpenFileName": (1, 3), "getExistingDirectory": (1,),
}
TEXT_KEYWORDS = {"text", "title", "toolTip", "placeholderText", "windowTitle", "label", "caption", "filter"}
#: Proper names that stay as they are in every language.
ALLOWED = {"Treatment Journey", "English", "Español", "فارسی"}
PRAGMA = "# i18n: ok"
_TAG = re.compile(r"<[^>]*>|&\w+;")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Violation:
    path: str
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}({self.text!r}) is not marked for translation"


def _visible_letters(text: str) -> bool:
    """True for text with words in it (not markup, numbers, or an input mask like XXXX-XXXX)."""
    text = _TAG.sub(" ", text)
    letters = set(_LETTER.findall(text))
    return len(letters) > 1 and text.strip() not in ALLOWED


def _literal_text(node: ast.AST) -> str | None:
    """The untranslated literal text inside an argument, if any (None when it is all translated)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _visible_letters(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return parts if _visible_letters(parts) else None
    if isinstance(node, ast.BinOp):
        return _literal_text(node.left) or _literal_text(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        for item in node.elts:
            found = _literal_text(item)
            if found:
                return found
    if isinstance(node, ast.IfExp):
        return _literal_text(node.body) or _literal_text(node.orelse)
    return None


def _call_name(func: ast.AST) -> tuple[str, bool]:
    """(name, is_attribute) of the called thing."""
    if isinstance(func, ast.Attribute):
        return func.attr, True
    if isinstance(func, ast.Name):
        return func.id, False
    return "", False


def scan_source(source: str, path: str) -> list[Violation]:
    tree = ast.parse(source, filename=path)
    lines = source.splitlines()
    found: list[Violation] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name, is_attr = _call_name(node.func)
        positions: tuple[int, ...] = ()
        if is_attr and name in SETTERS:
            positions = SETTERS[name]
        elif name in CONSTRUCTORS:
            positions = CONSTRUCTORS[name]
        elif is_attr and name in DIALOG_CALLS and isinstance(node.func, ast.Attribute) and isinstance(
                node.func.value, ast.Name) and node.func.value.id in {"QMessageBox", "QInputDialog", "QFileDialog"}:
            positions = DIALOG_CALLS[name]
        else:
            continue
        args = [node.args[i] for i in positions if i < len(node.args)]
        args += [kw.value for kw in node.keywords if kw.arg in TEXT_KEYWORDS]
        for arg in args:
            text = _literal_text(arg)
            if text is None:
                continue
            line_text = lines[node.lineno - 1] if node.lineno - 1 < len(lines) else ""
            end_text = lines[(node.end_lineno or node.lineno) - 1]
            if PRAGMA in line_text or PRAGMA in end_text:
                continue
            found.append(Violation(path, node.lineno, name, text))
    return found


def scan_ui(root: Path | None = None) -> list[Violation]:
    """The Qt layers (the interface and the rendering below it), or only `root`."""
    found: list[Violation] = []
    roots = [root] if root is not None else [TRACKER / "ui", TRACKER / "render"]
    for path in sorted(p for folder in roots for p in folder.rglob("*.py")):
        if path.name == "i18n_extra.py":
            continue
        rel = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
        found.extend(scan_source(path.read_text(encoding="utf-8"), rel))
    return found


# --------------------------------------------------------------------------- KnownError messages

def _known_error_classes(trees: list[ast.Module]) -> set[str]:
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
                bases.setdefault(node.name, set()).update(names)
    known = {"KnownError"}
    changed = True
    while changed:
        changed = False
        for name, parents in bases.items():
            if name not in known and parents & known:
                known.add(name)
                changed = True
    return known


def known_error_messages(root: Path = TRACKER) -> list[str]:
    """Every literal message a KnownError can carry: class defaults and `raise X("…")` texts."""
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in sorted(root.rglob("*.py")) if p != EXTRA]
    classes = _known_error_classes(trees)
    messages: list[str] = []

    def add(node: ast.AST | None) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip():
            if node.value not in messages:
                messages.append(node.value)

    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name in classes:
                for stmt in node.body:
                    targets = stmt.targets if isinstance(stmt, ast.Assign) else (
                        [stmt.target] if isinstance(stmt, ast.AnnAssign) else [])
                    if any(isinstance(t, ast.Name) and t.id == "message" for t in targets):
                        add(stmt.value)
            elif isinstance(node, ast.Call):
                name, _ = _call_name(node.func)
                if name in classes:
                    if node.args:
                        add(node.args[0])
                    for kw in node.keywords:
                        if kw.arg == "message":
                            add(kw.value)
    return messages


def constant_context_messages(root: Path = TRACKER) -> list[tuple[str, str]]:
    """(context, text) of `QT_TRANSLATE_NOOP(CTX, "…")` / `translate(CTX, "…")` where CTX is a
    module-level string constant: lupdate skips these because it cannot read the constant."""
    found: list[tuple[str, str]] = []
    for path in sorted(root.rglob("*.py")):
        if path == EXTRA:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {
            t.id: node.value.value
            for node in tree.body if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str) for t in node.targets if isinstance(t, ast.Name)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name, _ = _call_name(node.func)
            ctx, text = node.args[0], node.args[1]
            if (name in ("QT_TRANSLATE_NOOP", "translate") and isinstance(ctx, ast.Name) and ctx.id in constants
                    and isinstance(text, ast.Constant) and isinstance(text.value, str) and text.value.strip()):
                pair = (constants[ctx.id], text.value)
                if pair not in found:
                    found.append(pair)
    return found


def render_extra(messages: list[str], constant_pairs: list[tuple[str, str]] | None = None) -> str:
    lines = [
        '"""GENERATED by `tools/i18n_check.py --write-extra`: do not edit by hand.',
        "",
        "Texts lupdate cannot see by itself, so that they get translated:",
        "- KnownError messages (class defaults and literal `raise X(\"…\")` texts);",
        "  `tracker.ui.common.errors` translates them at display time in context \"KnownError\";",
        "- texts marked with a context held in a module constant (`QT_TRANSLATE_NOOP(CTX, \"…\")`).",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "MESSAGES = (",
    ]
    lines += [f'    QT_TRANSLATE_NOOP("KnownError", {m!r}),' for m in messages]
    lines += [")", ""]
    if constant_pairs:
        lines += ["CONSTANT_CONTEXTS = ("]
        lines += [f"    QT_TRANSLATE_NOOP({ctx!r}, {text!r})," for ctx, text in constant_pairs]
        lines += [")", ""]
    return "\n".join(lines)


def current_extra() -> str:
    return render_extra(known_error_messages(), constant_context_messages())


def write_extra() -> Path:
    EXTRA.write_text(current_extra(), encoding="utf-8")
    return EXTRA


# --------------------------------------------------------------------------- .ts completeness

@dataclass(frozen=True)
class Missing:
    ts: str
    context: str
    source: str

    def __str__(self) -> str:
        return f"{self.ts}: [{self.context}] {self.source!r} has no finished translation"


def untranslated(ts_path: Path) -> list[Missing]:
    root = ET.parse(ts_path).getroot()
    missing: list[Missing] = []
    for context in root.iter("context"):
        ctx_name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            if tr is None or kind == "unfinished":
                ok = False
            elif message.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.iter("numerusform")]
                ok = bool(forms) and all(f.strip() for f in forms)
            else:
                ok = bool((tr.text or "").strip())
            if not ok:
                missing.append(Missing(ts_path.name, ctx_name, source))
    return missing


def lupdate_exe() -> str:
    candidate = Path(sys.executable).parent / "pyside6-lupdate"
    return str(candidate) if candidate.exists() else "pyside6-lupdate"


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in TRACKER.rglob("*.py"))


def fresh_ts(lang: str, folder: Path) -> Path:
    """Copy `i18n/tracker_<lang>.ts` into `folder` and bring it up to date with the code."""
    target = folder / f"tracker_{lang}.ts"
    source = I18N / f"tracker_{lang}.ts"
    if source.exists():
        shutil.copyfile(source, target)
    subprocess.run([lupdate_exe(), "-silent", "-no-obsolete", *LUPDATE_OPTIONS, "-target-language", lang, *source_files(),
                    "-ts", str(target)], cwd=ROOT, check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return target


def check_translations(langs: tuple[str, ...] = LANGS) -> list[Missing]:
    missing: list[Missing] = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in langs:
            missing.extend(untranslated(fresh_ts(lang, Path(tmp))))
    return missing


# --------------------------------------------------------------------------- wrapper contexts

_WRAPPER = re.compile(r"def\s+(?:tr|_tr|_)\s*\([^)]*\)[^:]*:\s*(?:\"\"\".*?\"\"\"\s*)?return\s+QCoreApplication\.translate\(\s*"
                      r"(?P<ctx>\"[^\"]*\"|'[^']*'|[A-Z_][A-Z0-9_]*)", re.S)


def wrapper_context(path: Path) -> str | None:
    """The context of a module-level `def tr(text): return QCoreApplication.translate(CTX, text)`.

    lupdate files calls of such a wrapper under the empty context, but at run time they are
    looked up under CTX; the build copies them there (see `prepare_for_release`).
    """
    try:
        source = path.read_text(encoding="utf-8")
    except OSError:
        return None
    match = _WRAPPER.search(source)
    if not match:
        # `from tracker.ui.alerts.wording import tr`: the wrapper lives in the imported module.
        imported = re.search(r"^from\s+([\w.]+)\s+import\s+(?:.*,\s*)?(?:tr|_tr)\b", source, re.M)
        if imported is None:
            return None
        module = ROOT.joinpath(*imported.group(1).split("."))
        target = module.with_suffix(".py") if module.with_suffix(".py").exists() else module / "__init__.py"
        return wrapper_context(target) if target != path else None
    ctx = match.group("ctx")
    if ctx[0] in "\"'":
        return ctx[1:-1]
    constant = re.search(rf"^{ctx}\s*=\s*[\"']([^\"']*)[\"']", source, re.M)
    return constant.group(1) if constant else None


def _imported_module(path: Path, name: str) -> Path:
    """The file of `name` in `from package import name` inside `path` (or a path that does not exist)."""
    try:
        source = path.read_text(encoding="utf-8")
    except OSError:
        return Path("/nonexistent")
    match = re.search(rf"^from\s+([\w.]+)\s+import\s+(?:.*,\s*)?{re.escape(name)}\b", source, re.M)
    if not match:
        return Path("/nonexistent")
    return ROOT.joinpath(*match.group(1).split(".")) / f"{name}.py"


def _message_files(context: ET.Element, ts_dir: Path) -> list[tuple[ET.Element, set[Path]]]:
    """Each message with the source files it comes from (locations inherit the previous file)."""
    current: Path | None = None
    found = []
    for message in context.iter("message"):
        files: set[Path] = set()
        # A location without a filename means the file of the previous message's FIRST
        # location (lupdate's convention), while later locations of one message may name
        # other files for that message only.
        this_file = current
        for index, loc in enumerate(message.iter("location")):
            if loc.get("filename"):
                this_file = (ts_dir / loc.get("filename")).resolve()
                if index == 0:
                    current = this_file
            if this_file is not None:
                files.add(this_file)
        found.append((message, files))
    return found


def prepare_for_release(ts_path: Path, out_path: Path) -> list[str]:
    """Write a copy of `ts_path` where empty-context messages also appear under their wrapper's
    context; returns the files whose `tr` wrapper could not be resolved (their texts stay English)."""
    import copy

    tree = ET.parse(ts_path)
    root = tree.getroot()
    unresolved: set[str] = set()
    additions: dict[str, list[ET.Element]] = {}
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        if name and not name.islower():
            continue  # a class name: lupdate got it right
        for message, files in _message_files(context, ts_path.parent):
            for file in files:
                # "" = a wrapper defined in this file; "words" = words.tr(...) from an imported module.
                ctx = wrapper_context(file) if name == "" else wrapper_context(_imported_module(file, name))
                if ctx is None:
                    unresolved.add(str(file.relative_to(ROOT)) if file.is_relative_to(ROOT) else str(file))
                    continue
                clone = copy.deepcopy(message)
                for loc in clone.findall("location"):
                    clone.remove(loc)
                additions.setdefault(ctx, []).append(clone)
    existing = {c.findtext("name"): c for c in root.findall("context")}
    for ctx, messages in additions.items():
        context = existing.get(ctx)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = ctx
            existing[ctx] = context
        have = {(m.findtext("source"), m.findtext("comment")) for m in context.findall("message")}
        for message in messages:
            key = (message.findtext("source"), message.findtext("comment"))
            if key not in have:
                context.append(message)
                have.add(key)
    tree.write(out_path, encoding="utf-8", xml_declaration=True)
    return sorted(unresolved)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", action="store_true", help="only scan the code for unmarked strings")
    parser.add_argument("--ts", action="store_true", help="only check that every string is translated")
    parser.add_argument("--write-extra", action="store_true", help="regenerate tracker/ui/i18n_extra.py")
    parser.add_argument("--prepare-release", nargs=2, metavar=("TS", "OUT"),
                        help="copy TS to OUT with wrapper-context fixes, for lrelease")
    args = parser.parse_args(argv)
    if args.prepare_release:
        for name in prepare_for_release(Path(args.prepare_release[0]), Path(args.prepare_release[1])):
            print(f"warning: {name}: texts passed through a `tr` parameter cannot be found at run time",
                  file=sys.stderr)
        return 0
    if args.write_extra:
        print(f"wrote {write_extra().relative_to(ROOT)}")
        return 0
    problems: list[object] = []
    if not args.ts:
        problems += scan_ui()
    if not args.code:
        if current_extra() != (EXTRA.read_text(encoding="utf-8") if EXTRA.exists() else ""):
            problems.append("tracker/ui/i18n_extra.py is out of date: run scripts/i18n-update")
        problems += check_translations()
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
