"""The domain stays plain Python (no Qt) and money never passes through float."""

from __future__ import annotations

import ast
import io
import subprocess
import sys
import tokenize
from pathlib import Path

import desktop_app.domain

DOMAIN = Path(desktop_app.domain.__file__).parent
# Every module of the domain, also those of its sub-packages (the check rules), as a dotted
# name below ``desktop_app.domain``.
MODULES = sorted(
    ".".join(p.relative_to(DOMAIN).with_suffix("").parts)
    for p in DOMAIN.rglob("*.py") if p.stem != "__init__"
)


def test_the_domain_modules_are_all_there():
    assert {"money", "text", "rules", "model", "fields", "compute", "checks"} <= set(MODULES)


def test_no_domain_source_imports_qt():
    for path in DOMAIN.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                assert top not in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}, f"{path.name} imports {name}"


def test_importing_the_domain_loads_no_qt():
    code = (
        "import importlib, sys\n"
        f"for name in {MODULES!r}:\n"
        "    importlib.import_module('desktop_app.domain.' + name)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, check=True, cwd=DOMAIN.parent.parent,
    )
    assert result.stdout.strip() == ""


def test_no_float_call_in_the_domain():
    for path in DOMAIN.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "float(" not in source, f"{path.name} calls float()"
        tokens = tokenize.generate_tokens(io.StringIO(source).readline)
        names = {t.string for t in tokens if t.type == tokenize.NAME}
        assert "float" not in names, f"{path.name} names float"


def test_no_float_literal_or_true_division_in_money_code():
    for stem in ("money", "compute", "rules"):
        tree = ast.parse((DOMAIN / f"{stem}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant):
                assert not isinstance(node.value, float), f"{stem}.py has a float literal {node.value}"
            if isinstance(node, (ast.BinOp, ast.AugAssign)):
                assert not isinstance(node.op, ast.Div), f"{stem}.py divides with / (line {node.lineno})"
