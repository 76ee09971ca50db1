"""Help at the field: every field, column header, category and computed amount explains itself
in one line, as tooltip and as What's This (Shift+F1), in Dutch and in French; F1 on a field
opens the guide at that field's entry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)

from desktop_app.ui.dialogs.about import AboutDialog
from desktop_app.ui.field_help import _HELP, guide_keys
from desktop_app.ui.i18n import shared_translators
from desktop_app.ui.wizard import PageId
from desktop_app.ui.widgets.grid import EntryGridModel, GridView
from factories import make_valid_report
from ui_helpers import child

ROLES = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.WhatsThisRole)


def english() -> dict[str, str]:
    """The explanations as the code writes them (no translator installed)."""
    shared_translators().remove()
    texts = dict(_HELP.texts())
    return texts


def fields_of(page) -> list[QWidget]:
    """Every field of a page: text fields, choices and tables (not the editors of cells)."""
    found = []
    for widget in page.content.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QComboBox, GridView)):
            if any(isinstance(parent, QAbstractItemView) for parent in _parents(widget, page)):
                continue  # a cell's editor
            found.append(widget)
    return found


def _parents(widget: QWidget, stop: QWidget):
    widget = widget.parentWidget()
    while widget is not None and widget is not stop:
        yield widget
        widget = widget.parentWidget()


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_field_header_category_and_computed_cell_explains_itself(
        qtbot, open_report, compiled_translations, language):
    source = english()
    window, wizard, _ = open_report(make_valid_report())
    shared_translators().install(language)
    qtbot.wait(20)
    texts = _HELP.texts()
    assert set(texts) == set(source)
    untranslated = [key for key in texts if texts[key] == source[key]]
    assert not untranslated, untranslated
    missing = []
    for page_id in PageId:
        wizard.show_page(page_id)
        page = wizard.pages[page_id]
        for field in fields_of(page):
            name = field.objectName()
            if not field.whatsThis().strip():
                missing.append(f"{name}: no What's This")
            if not field.toolTip().strip():
                missing.append(f"{name}: no tooltip")
            if not isinstance(field, GridView):
                continue
            model = field.model()
            for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount()),
                                       (Qt.Orientation.Vertical, model.rowCount())):
                if orientation == Qt.Orientation.Vertical and not isinstance(model, EntryGridModel):
                    continue  # the rows of a list of records are numbered, nothing more
                for section in range(count):
                    for role in ROLES:
                        if not str(model.headerData(section, orientation, role) or "").strip():
                            missing.append(f"{name}: header {orientation.name} {section} role {role.name}")
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    computed = not index.flags() & Qt.ItemFlag.ItemIsEditable
                    roles = ROLES if computed else (Qt.ItemDataRole.WhatsThisRole,)
                    for role in roles:
                        if not str(index.data(role) or "").strip():
                            missing.append(f"{name}: cell {row},{column} role {role.name}")
    assert not missing, "\n".join(missing)
    # The partnership categories, chosen in the category cell's list.
    wizard.show_page(PageId.PARTNERSHIPS)
    table = child(wizard, "partnerships")
    table.select_cell(table.model().index(0, 1))
    table.edit(table.currentIndex())
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    for item in range(1, editor.count()):
        for role in ROLES:
            assert str(editor.itemData(item, role) or "").strip(), (editor.itemText(item), role)
    window.close()


def test_the_explanations_use_the_official_terms(qtbot, compiled_translations):
    shared_translators().install("nl")
    nl = _HELP.texts()
    assert nl["costs.publicShare"].startswith("Publiek deel:")
    assert nl["costs.clusterShare"].startswith("Deel clustersubsidie:")
    assert nl["demonstratedAmount"].startswith("Aangetoond bedrag:")
    assert "clusterpromotor" in nl["promoter.name"]
    shared_translators().install("fr")
    fr = _HELP.texts()
    assert fr["costs.publicShare"].startswith("Part publique\u00a0:")
    assert fr["costs.income"].startswith("Recettes\u00a0:")
    assert fr["demonstratedAmount"].startswith("Montant justifié\u00a0:")
    assert "promoteur de cluster" in fr["promoter.name"]


def about_dialog(qtbot, window) -> AboutDialog:
    qtbot.waitUntil(lambda: window.findChild(AboutDialog, "aboutDialog") is not None
                    and window.findChild(AboutDialog, "aboutDialog").isVisible(), timeout=3000)
    return window.findChild(AboutDialog, "aboutDialog")


def anchor_shown(qtbot, dialog: AboutDialog, anchor: str) -> None:
    """The guide's entry of ``anchor`` is in view in the dialog, and marked."""
    guide = child(dialog, "fieldGuide", QTextBrowser)
    block = dialog.anchor_block(anchor)
    assert block is not None, anchor

    def in_view() -> bool:
        top = guide.document().documentLayout().blockBoundingRect(block).top()
        scrolled = guide.verticalScrollBar().value()
        return scrolled <= top <= scrolled + guide.viewport().height() - 10

    def marked() -> bool:
        return [s.cursor.block().blockNumber() for s in guide.extraSelections()] == [block.blockNumber()]

    qtbot.waitUntil(lambda: in_view() and marked(), timeout=2000)


@pytest.mark.parametrize("page, name, cell, anchor", [
    (PageId.CHECK_SIGN, "signatories.date", None, "signatories.date"),
    (PageId.COSTS, "costs", (0, 2), "costs.publicShare"),
    (PageId.COSTS, "balanceAmount", None, "balanceAmount"),
    (PageId.TRAINING, "training", (6, 0), "training.category.social-activation-pathway"),
    (PageId.IDENTIFICATION, "promoter.enterpriseNumber", None, "promoter.enterpriseNumber"),
    (PageId.PARTNERSHIPS, "partnerships", (0, 3), "partnerships.agreementDate"),
])
def test_f1_on_a_field_opens_the_guide_at_that_field(qtbot, open_report, page, name, cell, anchor):
    window, wizard, _ = open_report(make_valid_report())
    assert anchor in guide_keys()
    wizard.show_page(page)
    field = child(wizard, name)
    if cell is not None:
        field.select_cell(field.model().index(*cell))
    else:
        field.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    dialog = about_dialog(qtbot, window)
    assert dialog.anchor == anchor
    anchor_shown(qtbot, dialog, anchor)
    dialog.reject()


def test_shift_f1_shows_the_explanation_at_the_field(qtbot, open_report):
    window, wizard, _ = open_report(make_valid_report())
    wizard.show_page(PageId.COSTS)
    field = child(wizard, "unjustifiedAmount")
    field.setFocus(Qt.FocusReason.OtherFocusReason)
    shown = []
    from PySide6.QtWidgets import QWhatsThis

    original = QWhatsThis.showText
    QWhatsThis.showText = staticmethod(lambda pos, text, widget=None: shown.append((text, widget)))
    try:
        qtbot.keyClick(field, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    finally:
        QWhatsThis.showText = original
    assert shown == [(field.whatsThis(), field)]
    assert shown[0][0].startswith("Unjustified amount:")


def test_shift_f1_in_a_table_explains_the_current_cell(qtbot, open_report):
    window, wizard, _ = open_report(make_valid_report())
    wizard.show_page(PageId.PARTNERSHIPS)
    table = child(wizard, "partnerships")
    table.select_cell(table.model().index(1, 0))
    shown = []
    from PySide6.QtWidgets import QWhatsThis

    original = QWhatsThis.showText
    QWhatsThis.showText = staticmethod(lambda pos, text, widget=None: shown.append((pos, text)))
    try:
        qtbot.keyClick(table, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    finally:
        QWhatsThis.showText = original
    assert [text for _, text in shown] == ["Partner: the name of the organisation the cluster works with."]
    cell = table.visualRect(table.currentIndex())
    assert table.viewport().mapFromGlobal(shown[0][0]).y() >= cell.bottom()
