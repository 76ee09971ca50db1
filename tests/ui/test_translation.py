"""Every visible string goes through Qt's translation, and a language change retranslates the
window at once: a pseudo-translation that brackets every text must reach every label, accessible
name and tooltip. The Language menu switches every window between Dutch and French and
remembers it, while a report keeps its own language; with every string 40 % longer (Vorta's
TRANS_SCALE), in French and in Dutch, no text is cut off at 1024×700; no two mnemonics clash."""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSettings, QSize, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.export.files import render_export
from desktop_app.ui import app
from desktop_app.ui.dialogs.signing import SigningDialog
from desktop_app.ui.i18n import saved_ui_language, shared_translators, translations_dir
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.widgets.grid import HEADER_MARGIN, WrappingHeader
from desktop_app.ui.wizard import PageId
from factories import make_valid_report
from ui_helpers import add_report

REPOSITORY = Path(__file__).resolve().parents[2]


class Brackets(QTranslator):
    """Translates every text of the program into ``[text]``."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return f"[{source_text}]"

    def isEmpty(self):
        return False


# Texts that are data or numbers, not the program's own words.
DATA = re.compile(r"^$|^[\d\s.,/%()\u00a0-]+$|OCMW|VDAB|Kringloop|Jan Janssens|Marie|Voorbeeld")


def visible_texts(window) -> list[tuple[str, str]]:
    texts = []
    for label in window.findChildren(QLabel):
        texts.append((label.objectName() or "QLabel", re.sub("<[^>]+>", "", label.text())))
    for button in window.findChildren(QAbstractButton):
        if button.objectName().startswith("qt_") or not button.text():
            continue
        texts.append((button.objectName() or type(button).__name__, button.text()))
    for box in window.findChildren(QGroupBox):
        texts.append(("QGroupBox", box.title()))
    for page in window.findChildren(QWizardPage):
        texts.append((page.objectName(), page.title()))
        texts.append((page.objectName(), page.subTitle()))
    for tabs in window.findChildren(QTabWidget):
        texts.extend(("tab", tabs.tabText(i)) for i in range(tabs.count()))
    for widget in window.findChildren(QWidget):
        if widget.objectName().startswith("qt_") or widget.objectName() in ("ScrollLeftButton", "ScrollRightButton"):
            continue  # Qt's own
        name = widget.objectName() or type(widget).__name__
        if widget.accessibleName():
            texts.append((f"{name} (accessible name)", widget.accessibleName()))
        if widget.toolTip() and not widget.property("problem"):  # a problem's reason is the checks' Text
            texts.append((f"{name} (tooltip)", widget.toolTip()))
    for action in window.findChildren(QAction):
        if action.text() and action.parent() is window and not action.objectName().startswith("language_"):
            texts.append((action.objectName(), action.text()))
    return texts


def test_every_visible_text_is_translated_at_a_language_change(qtbot, open_report):
    window, wizard, _ = open_report(make_valid_report())
    translator = Brackets()
    QCoreApplication.installTranslator(translator)
    try:
        def untranslated() -> list[tuple[str, str]]:
            return [(name, text) for name, text in visible_texts(window) if not DATA.search(text) and "[" not in text]

        # The LanguageChange events are posted, and the texts computed from the report follow
        # once every page has retranslated: wait for them rather than a fixed time (the
        # machine may be busy).
        try:
            qtbot.waitUntil(lambda: not untranslated(), timeout=3000)
        except qtbot.TimeoutError:
            pass
        assert untranslated() == [], untranslated()
        costs = wizard.page(PageId.COSTS).table.model()
        assert costs.headerData(0, Qt.Orientation.Horizontal) == "[Total amount]"
        assert wizard.page(PageId.IDENTIFICATION).title() == "[Identification]"
        assert window.file_menu.title() == "[&File]"
    finally:
        QCoreApplication.removeTranslator(translator)


# -- the Language menu --------------------------------------------------------------------------


def choose_language(qtbot, window, code: str) -> None:
    action = window.findChild(QAction, f"language_{code}")
    assert action is not None and action.isCheckable()
    action.trigger()
    qtbot.waitUntil(lambda: window.wizard.page(PageId.CHECK_SIGN).problems.count() > 0 and
                    window.wizard.page(PageId.CHECK_SIGN).problems.item(0).text().startswith(
                        {"fr": "Erreur", "nl": "Fout"}[code]), timeout=2000)


def test_the_language_menu_switches_every_window_at_once_and_remembers(qtbot, open_report, compiled_translations):
    report = make_valid_report()  # a Dutch report
    report.signatories.president = ""  # one problem, told in the window's language
    window, wizard, _ = open_report(report)
    menu = window.findChild(QMenu, "languageMenu")
    assert menu.menuAction().isVisible() and menu.title() == "Taal / Lan&gue"
    assert [a.text() for a in menu.actions()] == ["Nederlands", "Français"]
    assert window.language_group.isExclusive()
    dialog = SigningDialog(window)  # another open window
    qtbot.addWidget(dialog)
    costs = wizard.page(PageId.COSTS).table.model()
    training = wizard.page(PageId.TRAINING).table.model()
    identification = wizard.page(PageId.IDENTIFICATION)
    check = wizard.page(PageId.CHECK_SIGN)
    wizard.show_page(PageId.CHECK_SIGN)  # the empty name is marked from here on

    choose_language(qtbot, window, "fr")
    assert [wizard.page(p).title() for p in PageId] == [
        "Identification", "Rapport qualitatif", "Partenariats", "Formation", "Rapport financier",
        "Vérification et signature (1 erreur)"]
    assert wizard.steps.item(PageId.CHECK_SIGN).text() == "6. Vérification et signature (1 erreur)"
    assert costs.headerData(1, Qt.Orientation.Horizontal) == "Part CPAS"
    assert costs.headerData(4, Qt.Orientation.Horizontal) == "Part subside cluster"
    assert training.headerData(5, Qt.Orientation.Vertical) == "Formation professionnelle individuelle (FPI/PFI)"
    assert window.report_list.model().headerData(0, Qt.Orientation.Horizontal) == "Promoteur de cluster"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Suivant >"
    assert identification.year_label.text() == "&Année du rapport\u00a0:"
    assert identification.promoter["name"].accessibleName() == "Nom du promoteur de cluster"
    assert window.file_menu.title() == "&Fichier"
    assert dialog.windowTitle() == "Signer le PDF numériquement"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own, for its dialogs
    empty_bin = "Delete the %n report(s) in the bin for good? This cannot be undone."
    assert QCoreApplication.translate("MainWindow", empty_bin, "", 1).startswith("Supprimer définitivement 1 rapport ")
    assert QCoreApplication.translate("MainWindow", empty_bin, "", 3).startswith("Supprimer définitivement les 3 rapports ")
    # The report stays Dutch: its amounts and counter are written in the report's language; the
    # checks' messages follow the window.
    assert check.problems.item(0).text() == "Erreur – Vérification et signature\u00a0: Indiquez le champ « nom du président »."
    assert wizard.page(PageId.NARRATIVE).counter.text().endswith("/ 3.000")
    assert costs.data(costs.index(0, 0)) == "50.000,00"
    assert window.language_actions["fr"].isChecked() and not window.language_actions["nl"].isChecked()
    assert QSettings().value("ui/language") == "fr" and saved_ui_language() == "fr"

    choose_language(qtbot, window, "nl")
    assert wizard.page(PageId.NARRATIVE).title() == "Inhoudelijke rapportage"
    assert wizard.page(PageId.COSTS).title() == "Financiële rapportage"
    assert costs.headerData(1, Qt.Orientation.Horizontal) == "Deel OCMW"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "V&olgende >"
    assert identification.year_label.text() == "Verslag&jaar:"
    assert window.file_menu.title() == "&Bestand"
    assert dialog.windowTitle() == "De PDF digitaal ondertekenen"
    assert check.problems.item(0).text() == "Fout – Controle en ondertekening: Vul de naam van de voorzitter in."
    assert window.language_actions["nl"].isChecked() and not window.language_actions["fr"].isChecked()
    assert QSettings().value("ui/language") == "nl" and saved_ui_language() == "nl"


def test_a_french_report_in_a_dutch_window(qtbot, open_report, compiled_translations):
    report = make_valid_report()
    report.language = "fr"
    report.signatories.president = ""
    window, wizard, _ = open_report(report)
    choose_language(qtbot, window, "nl")
    costs = wizard.page(PageId.COSTS)
    assert costs.model.data(costs.model.index(0, 0)) == "50\u00a0000,00"
    assert costs.subTitle() == "Hoe de subsidie besteed werd. Bedragen in euro, bv. 1\u00a0234,56."
    check = wizard.page(PageId.CHECK_SIGN)
    assert check.date.text() == "10/02/2017" and check.date.placeholderText() == "dd/mm/jjjj"
    assert check.problems.item(0).text() == "Fout – Controle en ondertekening: Vul de naam van de voorzitter in."
    assert wizard.page(PageId.PARTNERSHIPS).model.data(wizard.page(PageId.PARTNERSHIPS).model.index(0, 3)) == "01/02/2016"


def test_the_first_start_follows_the_system_language(tmp_path):
    code = ("from PySide6.QtCore import QSettings; from desktop_app.ui.i18n import saved_ui_language; "
            f"print(saved_ui_language(QSettings({str(tmp_path / 'none.ini')!r}, QSettings.Format.IniFormat)))")
    for system, expected in (("fr_BE.UTF-8", "fr"), ("fr_FR.UTF-8", "fr"), ("nl_BE.UTF-8", "nl"),
                             ("en_US.UTF-8", "nl"), ("C", "nl")):
        env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
        result = subprocess.run([sys.executable, "-c", code], env={**env, "LANG": system, "PYTHONPATH": str(REPOSITORY)},
                                capture_output=True, text=True, timeout=60)
        assert result.stdout.strip() == expected, (system, result.stderr)


def test_the_program_starts_in_the_remembered_language(qapp, tmp_path, monkeypatch, compiled_translations):
    QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Clusterverslag", "Clusterverslag").setValue(
        "ui/language", "fr")
    seen = {}

    def exec_(*_args):
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen.update(menu=window.file_menu.title(), tab=window.tabs.tabText(0), checked=window.language_actions["fr"].isChecked())
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    assert app.run(tmp_path / "db.sqlite", []) == 0
    assert seen == {"menu": "&Fichier", "tab": "Rapports (0)", "checked": True}


def test_translations_are_found_beside_the_code_and_when_frozen(monkeypatch, tmp_path, compiled_translations):
    assert translations_dir() == REPOSITORY / "translations"
    assert (translations_dir() / "clusterverslag_fr.qm").exists()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert translations_dir() == tmp_path / "translations"


# -- every string longer: the layouts must hold ---------------------------------------------------

# Markup, placeholders and links stay as they are; only words grow.
UNTOUCHED = re.compile(r"(<[^>]+>|%\d|%n|\{\w+\}|&\w+;|https?://\S+)")


def stretch(text: str, factor: float = 0.4) -> str:
    """Each word longer by ``factor`` of its letters, as a longer language would write it."""
    parts = UNTOUCHED.split(text)
    for index in range(0, len(parts), 2):
        parts[index] = re.sub(r"[^\W\d_]+", lambda m: m[0] + m[0][: math.ceil(len(m[0]) * factor)].lower(), parts[index])
    return "".join(parts)


class Stretched(QTranslator):
    """Every text of the program 40 % longer, the way Vorta's TRANS_SCALE shows layouts that
    break in a longer language. Qt's own texts (contexts Q…) are left to Qt."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if not source_text or context.startswith("Q"):
            return ""
        return stretch(source_text)

    def isEmpty(self):
        return False


def plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", re.sub(r"<[^>]+>", "", text))


def wraps_wider(widget: QWidget, text: str, width: int) -> bool:
    """Whether ``text`` wrapped into ``width`` still needs more: a word longer than the room."""
    bounds = widget.fontMetrics().boundingRect(QRect(0, 0, max(width, 1), 100_000), Qt.TextFlag.TextWordWrap, text)
    return bounds.width() > width


def cut_off(root: QWidget) -> list[str]:
    """Every visible text of ``root`` that does not fit its widget."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel) and widget.text():
            text, room = widget.text(), widget.contentsRect().width() - 2 * widget.margin()
            if widget.wordWrap() or "<" in text:
                if widget.heightForWidth(widget.width()) > widget.height() + 1 or wraps_wider(widget, plain(text), room):
                    problems.append(f"{name}: {plain(text)[:60]!r} wraps beyond its height")
            elif widget.fontMetrics().horizontalAdvance(plain(text)) > room:
                problems.append(f"{name}: {plain(text)!r} is cut off")
        elif isinstance(widget, QAbstractButton) and widget.text() and not isinstance(widget, QToolButton):
            if widget.sizeHint().width() > widget.width():
                problems.append(f"{name}: {plain(widget.text())!r} is cut off")
        elif isinstance(widget, QGroupBox) and widget.title():
            if widget.fontMetrics().horizontalAdvance(plain(widget.title())) > widget.contentsRect().width():
                problems.append(f"{name}: title {plain(widget.title())!r} is cut off")
        elif isinstance(widget, QComboBox) and widget.currentText():
            if widget.minimumSizeHint().width() > widget.width():
                problems.append(f"{name}: {widget.currentText()!r} is cut off")
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal and widget.model():
            for section in range(widget.count()):
                text = str(widget.model().headerData(section, Qt.Orientation.Horizontal) or "")
                needed = widget.sectionSizeFromContents(section)
                if isinstance(widget, WrappingHeader):  # each word must fit, and every line
                    room = widget.sectionSize(section) - HEADER_MARGIN
                    cut = needed.height() > widget.height() or wraps_wider(widget, text, room)
                else:
                    cut = needed.width() > widget.sectionSize(section)
                if cut:
                    problems.append(f"{name}: header {text!r} is cut off")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.tabSizeHint(index).width() > widget.tabRect(index).width():
                    problems.append(f"{name}: tab {widget.tabText(index)!r} is cut off")
    return problems


def fits_in_a_laptop_screen(window: QWidget) -> list[str]:
    hint = window.minimumSizeHint()
    if hint.width() > 1024 or hint.height() > 700:
        return [f"{window.objectName()} needs at least {hint.width()}×{hint.height()}"]
    return []


@pytest.fixture(params=["stretched", "fr", "nl"])
def longer_language(request, compiled_translations):
    """The program in a language that runs long: English stretched by 40 %, French, Dutch."""
    if request.param == "stretched":
        translator = Stretched()
        QCoreApplication.installTranslator(translator)
        yield request.param
        QCoreApplication.removeTranslator(translator)
    else:
        shared_translators().install(request.param)
        yield request.param


def test_no_text_is_cut_off_at_1024_by_700(qtbot, show_window, db_path, longer_language):
    """Every page of the wizard and the main window, at a small laptop's size: no label, button,
    group title, choice or tab is cut off, and nothing asks for a larger window."""
    report = make_valid_report()
    report.signatories.president = ""  # a problem listed
    report.promoter.email = "not an address"  # a field marked
    report_id = add_report(db_path, report)
    window = show_window(size=(1024, 700))
    qtbot.wait(20)
    problems = [f"list: {p}" for p in cut_off(window) + fits_in_a_laptop_screen(window)]
    window.tabs.setCurrentIndex(1)
    qtbot.wait(20)
    problems += [f"bin: {p}" for p in cut_off(window)]
    window.tabs.setCurrentIndex(0)
    wizard = window.open_report(report_id)
    for page_id in PageId:
        wizard.show_page(page_id)
        qtbot.wait(20)
        assert window.size() == QSize(1024, 700)
        problems += [f"{page_id.name}: {p}" for p in cut_off(window) + fits_in_a_laptop_screen(window)]
    dialog = SigningDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems += [f"signing dialog: {p}" for p in cut_off(dialog)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_a_cluster_of_eight_ocmws_cuts_no_word_of_the_grids_at_1024_by_700(qtbot, open_report, compiled_translations,
                                                                              language):
    """Nine OCMW columns with long names (and a hyphenated one) do not fit a small screen: the
    training grid scrolls sideways rather than cut a word of a column's label."""
    shared_translators().install(language)
    report = make_valid_report()
    report.promoter.name = "OCMW Sint-Genesius-Rode"
    for number in range(4, 10):
        report.add_member(f"OCMW Gemeente {number}")
    window, wizard, _ = open_report(report)
    window.resize(1024, 700)
    problems = []
    for page_id in (PageId.TRAINING, PageId.COSTS):
        wizard.show_page(page_id)
        qtbot.wait(20)
        problems += [f"{page_id.name}: {p}" for p in cut_off(window)]
    assert not problems, "\n".join(problems)


# -- mnemonics ------------------------------------------------------------------------------------


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter reachable now: the menu bar's, and those of the visible
    labels with a buddy, buttons and check boxes."""
    found = [(m[1].lower(), action.text()) for action in window.menuBar().actions()
             if (m := re.search(r"&([^&\s])", action.text()))]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
        else:
            continue
        match = re.search(r"&([^&\s])", text)
        if match:
            found.append((match[1].lower(), text))
    return found


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_no_two_mnemonics_clash_on_any_page(qtbot, open_report, compiled_translations, language):
    window, wizard, _ = open_report(make_valid_report())
    shared_translators().install(language)
    qtbot.wait(20)
    clashes = []
    for page_id in PageId:
        wizard.show_page(page_id)
        qtbot.wait(10)
        letters: dict[str, str] = {}
        for letter, text in mnemonics(window):
            if letter in letters:
                clashes.append(f"{page_id.name}: Alt+{letter} is {letters[letter]!r} and {text!r}")
            letters[letter] = text
    assert not clashes, "\n".join(clashes)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_the_pdf_speaks_the_reports_language_whatever_the_window_speaks(qtbot, open_report, tmp_path, compiled_translations):
    report = make_valid_report()
    report.language = "fr"
    window, wizard, _ = open_report(report)
    shared_translators().install("nl")
    qtbot.wait(20)
    _xml, pdf = render_export(wizard.report)
    (tmp_path / "report.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Rapport unique – volet cluster" in text and "Promoteur de cluster" in text
    assert "50 000,00" in text.replace("\u00a0", " ") and "Uniek jaarverslag" not in text
