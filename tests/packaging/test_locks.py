"""requirements.lock holds what the program needs and nothing else, requirements-dev.lock what
the tests and builds add; both pin every package with hashes and agree with pyproject.toml
(make lock rewrites them, make venv installs them with --require-hashes)."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
PROGRAM_LOCK = ROOT / "requirements.lock"
DEV_LOCK = ROOT / "requirements-dev.lock"
# Left out of the locks on purpose (tools/lock.py): every venv has them.
LEFT_OUT = {"pip", "setuptools"}
ENTRY = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)(?:\s*;\s*([^\\\n]+?))?\s*\\\n((?:\s+--hash=sha256:[0-9a-f]{64}\s*\\?\n?)+)",
                   re.MULTILINE)


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def entries(lock: Path) -> dict[str, tuple[str, str | None, int]]:
    """name -> (version, marker or None, number of hashes)."""
    found = {}
    for name, version, marker, hashes in ENTRY.findall(lock.read_text(encoding="utf-8")):
        found[normalise(name)] = (version, marker.strip() or None, hashes.count("--hash=sha256:"))
    return found


def pins(lock: Path) -> dict[str, str]:
    return {normalise(m.group(1)): m.group(2)
            for m in re.finditer(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", lock.read_text(encoding="utf-8"), re.MULTILINE)}


def applies_here(marker: str | None) -> bool:
    return marker is None or Marker(marker).evaluate()


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def closure(roots: list[str]) -> set[str]:
    """The installed distributions ``roots`` need on this system, themselves included."""
    seen: set[str] = set()
    todo = [Requirement(r) for r in roots]
    while todo:
        requirement = todo.pop()
        name = normalise(requirement.name)
        if name in seen or not (requirement.marker is None or requirement.marker.evaluate({"extra": ""})):
            continue
        seen.add(name)
        todo.extend(Requirement(r) for r in metadata.requires(requirement.name) or [])
    return seen


def test_every_pin_carries_hashes_and_no_package_is_in_both_locks():
    for lock in (PROGRAM_LOCK, DEV_LOCK):
        assert entries(lock).keys() == pins(lock).keys(), f"{lock.name}: a pin without a hash"
        assert all(count >= 1 for _, _, count in entries(lock).values())
    assert not set(pins(PROGRAM_LOCK)) & set(pins(DEV_LOCK))
    assert not (set(pins(PROGRAM_LOCK)) | set(pins(DEV_LOCK))) & LEFT_OUT


def test_pyproject_dependencies_are_pinned_in_the_program_lock_within_their_ranges():
    program = pins(PROGRAM_LOCK)
    for line in project()["dependencies"]:
        requirement = Requirement(line)
        name = normalise(requirement.name)
        assert name in program, f"{name} is missing from requirements.lock: run make lock"
        assert requirement.specifier.contains(program[name], prereleases=True), (name, program[name])
    dev = pins(DEV_LOCK)
    for line in project()["optional-dependencies"]["dev"]:
        requirement = Requirement(line)
        assert normalise(requirement.name) in dev, f"{requirement.name} is missing from requirements-dev.lock"


def test_the_program_lock_holds_exactly_what_the_program_needs_here():
    """No test or build tool in requirements.lock, nothing the program pulls in left to the dev lock."""
    needed = closure(project()["dependencies"]) - LEFT_OUT
    locked_here = {name for name, (_, marker, _) in entries(PROGRAM_LOCK).items() if applies_here(marker)}
    assert locked_here == needed


def test_the_environment_has_the_locked_versions():
    """make venv installed the locks (the stamp depends on them): the tests run what is pinned."""
    wrong = {}
    for lock in (PROGRAM_LOCK, DEV_LOCK):
        for name, (version, marker, _) in entries(lock).items():
            if applies_here(marker) and metadata.version(name) != version:
                wrong[name] = (metadata.version(name), version)
    assert not wrong, "run make venv"
