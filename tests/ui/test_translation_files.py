"""The Linguist files are complete: every string of the code is in both, every one is
translated, and a translation keeps the placeholders, the markup and the mnemonic of its source.

``make lupdate`` refreshes the ``.ts`` files from the code; these tests fail until the new
strings are translated.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPOSITORY / "translations"
LANGUAGES = {"nl": "nl_BE", "fr": "fr_BE"}

# What must come through a translation unchanged: Qt's %1 / %n, Python's {name}, HTML tags.
PLACEHOLDER = re.compile(r"%(?:\d|n)|\{\w+\}|<[^>]+>")


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"clusterverslag_{language}.ts"


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(context.findtext("name"), message) for context in root.iter("context") for message in context.iter("message")]


def translated_forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def lupdate() -> str:
    found = Path(sys.executable).with_name("pyside6-lupdate")
    return str(found) if found.exists() else shutil.which("pyside6-lupdate")


def python_sources() -> list[str]:
    """The files ``make lupdate`` reads."""
    return sorted(str(p.relative_to(REPOSITORY)) for p in (REPOSITORY / "desktop_app").rglob("*.py"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    path = ts_path(language)
    assert ET.parse(path).getroot().get("language") == LANGUAGES[language]
    found = messages(path)
    assert len(found) > 200
    problems = []
    for context, message in found:
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append((context, source, translation.get("type") if translation is not None else "missing"))
            continue
        forms = translated_forms(message)
        if message.get("numerus") == "yes" and len(forms) != 2:  # one and many, in Dutch and French
            problems.append((context, source, f"{len(forms)} plural forms"))
        if not forms or any(not form.strip() for form in forms):
            problems.append((context, source, "empty"))
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_markup_and_mnemonics(language):
    problems = []
    for context, message in messages(ts_path(language)):
        source = message.findtext("source")
        for form in translated_forms(message):
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append((context, source, form, "placeholders"))
            if source.replace("&&", "").count("&") != form.replace("&&", "").count("&"):
                problems.append((context, source, form, "mnemonic"))
            if source.strip() != source or form.strip() != form:
                problems.append((context, source, form, "spaces at the ends"))
    assert problems == []


def test_french_puts_a_no_break_space_before_double_punctuation():
    """« Nom : » never breaks before its colon."""
    problems = [
        (context, form) for context, message in messages(ts_path("fr"))
        for form in translated_forms(message) if re.search(r" [:;?!]", form)
    ]
    assert problems == []


def test_the_code_has_no_string_missing_from_the_translations(tmp_path):
    """lupdate over the code, into copies of the .ts files, finds nothing new: every tr() of the
    code is translated (run ``make lupdate`` and translate the new strings when this fails)."""
    copies = []
    for language in LANGUAGES:
        copy = tmp_path / ts_path(language).name
        shutil.copy(ts_path(language), copy)
        copies.append(copy)
    result = subprocess.run(
        [lupdate(), "-extensions", "py", *python_sources(), "-ts", *map(str, copies), "-no-obsolete"],
        cwd=REPOSITORY, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    for language, copy in zip(LANGUAGES, copies):
        before = {(context, m.findtext("source")) for context, m in messages(ts_path(language))}
        after = {(context, m.findtext("source")) for context, m in messages(copy)}
        unfinished = [(context, m.findtext("source")) for context, m in messages(copy)
                      if m.find("translation").get("type") == "unfinished"]
        assert unfinished == [], f"{language}: not in {ts_path(language).name} yet: {unfinished}"
        assert after == before, f"{language}: strings no longer in the code: {before - after}"


def test_lrelease_compiles_every_message(tmp_path):
    lrelease = Path(lupdate()).with_name("pyside6-lrelease")
    for language in LANGUAGES:
        result = subprocess.run([str(lrelease), str(ts_path(language)), "-qm", str(tmp_path / f"{language}.qm")],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert " 0 unfinished" in result.stdout and "untranslated" not in result.stdout, result.stdout
