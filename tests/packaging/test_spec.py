"""The build's exclusions stay true to the code: the program never imports what the bundle leaves out."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _excluded_modules() -> list[str]:
    tree = ast.parse((ROOT / "build_spec" / "trim.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "EXCLUDED_MODULES":
            return ast.literal_eval(node.value)
    raise AssertionError("build_spec/trim.py has no EXCLUDED_MODULES")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_the_program_imports_no_excluded_module():
    excluded = _excluded_modules()
    offending = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((ROOT / "desktop_app").rglob("*.py"))
        for name in _imports(path)
        if any(name == module or name.startswith(module + ".") for module in excluded)
    ]
    assert offending == [], "the bundle would lack these; change build_spec/trim.py"


def test_exclusions_are_read():
    assert "PySide6.QtNetwork" in _excluded_modules()
