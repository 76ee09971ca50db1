"""The layers: only desktop_app/ui imports Qt; storage and export stand on the domain alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop_app"


@pytest.mark.parametrize("layer", ["domain", "storage", "export"])
def test_a_layer_below_the_window_loads_no_qt(layer):
    modules = sorted(
        f"desktop_app.{layer}." + ".".join(p.relative_to(PACKAGE / layer).with_suffix("").parts)
        for p in (PACKAGE / layer).rglob("*.py") if p.stem != "__init__"
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=PACKAGE.parent)
    assert result.stdout.strip() == "", f"{layer} loads {result.stdout.strip()}"


def test_no_layer_imports_a_layer_above_it():
    above = {"domain": ("storage", "export", "ui", "cli"), "storage": ("export", "ui", "cli"), "export": ("ui", "cli")}
    for layer, forbidden in above.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            # A module one package deeper reaches the layers with one dot more.
            dots = "." * (len(path.relative_to(PACKAGE / layer).parts) + 1)
            for name in forbidden:
                assert f"from {dots}{name}" not in source and f"desktop_app.{name}" not in source, (
                    f"{layer}/{path.name} imports {name}"
                )
