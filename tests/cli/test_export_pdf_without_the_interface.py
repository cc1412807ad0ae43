"""The command line makes the clinic summary PDF through tracker.render, never the interface."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

PASSPHRASE = "correct horse battery staple"  # the one tests/conftest.py creates journals with

ROOT = Path(__file__).resolve().parents[2]

_RUN = textwrap.dedent("""
    import sys
    sys.path.insert(0, "tests")
    import weak_kdf  # the journal was made with the tests' cheap KDF cost
    weak_kdf.install()
    from tracker.cli.main import run_cli

    code = run_cli(["export", "--format", "pdf", "--out", sys.argv[1]])
    loaded = sorted(m for m in sys.modules if m.startswith("tracker.ui") or m == "PySide6.QtWidgets")
    print("LOADED", loaded)
    sys.exit(code)
""")


def test_pdf_export_loads_no_interface_module(created, data_dir, tmp_path):
    created.journal.close()
    out = tmp_path / "summary.pdf"
    env = dict(os.environ, TRACKER_PASSPHRASE=PASSPHRASE, TRACKER_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", _RUN, str(out)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr
    assert "LOADED []" in result.stdout, result.stdout
    assert out.read_bytes().startswith(b"%PDF")


def test_render_modules_import_no_widgets():
    """QtGui and QtCore only below the interface (import-linter cannot forbid a Qt submodule)."""
    found = []
    for path in sorted((ROOT / "tracker" / "render").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            found += [f"{path.name}: {n}" for n in names if n.startswith(("PySide6.QtWidgets", "tracker.ui"))]
    assert found == []
