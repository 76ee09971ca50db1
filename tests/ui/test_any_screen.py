"""Any screen: with a large system font or a scaled screen every field and button of every page
can be scrolled into view and lies within the window, and the window never opens larger than the
screen. Offscreen Qt ignores QT_FONT_DPI, so a 144-dpi font is made by scaling the
application's font by 1.5 (see TECH-NOTES); a QT_SCALE_FACTOR of 1.5 on a 1280×800 screen
leaves 853×533 device-independent pixels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QWidget, QWizard

from desktop_app.ui.main_window import MainWindow, geometry_key
from desktop_app.ui.screen_fit import FRAME_ALLOWANCE, fit_to_screen, restore_geometry
from desktop_app.ui.wizard import PageId
from factories import make_valid_report
from ui_helpers import add_report


@pytest.fixture
def large_font():
    """The application's font 1.5 times larger, as at 144 dpi."""
    app = QApplication.instance()
    font = app.font()
    larger = app.font()
    larger.setPointSizeF(font.pointSizeF() * 1.5)
    app.setFont(larger)
    yield
    app.setFont(font)


def reachable_widgets(content: QWidget) -> list[QWidget]:
    """Every widget of a page's ``content`` that Tab or a click can reach and that is shown
    (a table counts as one: its viewport, headers and scroll bars are its own)."""
    found = []
    for widget in content.findChildren(QWidget):
        if not (widget.isVisibleTo(content) and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.ClickFocus):
            continue
        parent = widget.parentWidget()
        while parent is not None and parent is not content and not isinstance(parent, QAbstractItemView):
            parent = parent.parentWidget()
        if parent is content:
            found.append(widget)
    return found


def inside(inner: QRect, outer: QRect) -> bool:
    return outer.contains(inner.topLeft()) and outer.contains(inner.bottomRight())


def unreachable(window: MainWindow, qtbot) -> list[str]:
    wizard = window.wizard
    problems = []
    window_rect = window.rect()
    for page_id in PageId:
        wizard.show_page(page_id)
        qtbot.wait(5)
        page = wizard.pages[page_id]
        viewport = page.scroll.viewport()
        widgets = reachable_widgets(page.content)
        assert widgets, page_id
        for widget in widgets:
            page.reveal(widget)  # what the page does when the widget gets the focus
            QApplication.processEvents()
            rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            shown = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
            # The whole widget when it fits the view, else at least as much as the view holds.
            needed = QRect(rect.topLeft(), rect.size().boundedTo(shown.size()))
            if not inside(needed, shown) or not inside(needed, window_rect):
                problems.append(f"{page_id.name}: {type(widget).__name__} {widget.objectName()!r} at {rect} "
                                f"outside {shown}")
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                       QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            widget = wizard.button(button)
            if widget.isVisible():
                rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
                if not inside(rect, window_rect):
                    problems.append(f"{page_id.name}: wizard button {widget.text()!r} at {rect} outside the window")
        for button in page.findChildren(QAbstractButton):
            if button.isVisible() and button.sizeHint().width() > button.width():
                problems.append(f"{page_id.name}: button {button.text()!r} cut off")
    return problems


@pytest.mark.parametrize("size, font", [((1280, 800), "large"), ((853, 533), "normal"), ((1024, 700), "normal")],
                         ids=["1280x800-144dpi", "1280x800-scale-1.5", "1024x700"])
def test_every_field_and_button_can_be_reached_and_read(qtbot, show_window, db_path, request, size, font):
    if font == "large":
        request.getfixturevalue("large_font")
    report = make_valid_report()
    report.promoter.email = "x"  # a marked field and a message
    report_id = add_report(db_path, report)
    window = show_window(report_id, size=size)
    qtbot.wait(20)
    assert (window.width(), window.height()) == size, "the window asks for more than the screen"
    hint = window.minimumSizeHint()
    assert hint.width() <= size[0] and hint.height() <= size[1], hint
    problems = unreachable(window, qtbot)
    assert problems == [], "\n".join(problems)


def test_a_page_too_small_for_its_form_scrolls(qtbot, show_window, db_path, large_font):
    report_id = add_report(db_path, make_valid_report())
    window = show_window(report_id, size=(853, 533))
    wizard = window.wizard
    wizard.show_page(PageId.IDENTIFICATION)
    page = wizard.pages[PageId.IDENTIFICATION]
    qtbot.wait(10)
    assert page.scroll.verticalScrollBar().maximum() > 0
    # Tab to the last promoter field: the page scrolls to show it.
    field = page.promoter["enterpriseNumber"]
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    viewport = page.scroll.viewport()
    rect = QRect(field.mapTo(viewport, QPoint(0, 0)), field.size())
    assert viewport.rect().contains(rect), (rect, viewport.rect())


def test_a_saved_size_larger_than_the_screen_is_shrunk(qtbot, tmp_path):
    from desktop_app.storage import ReportStore

    store = ReportStore.open(tmp_path / "r.sqlite")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.setGeometry(100, 80, 1900, 1060)  # saved on a full-HD screen, at 100 %
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(geometry_key(), window.saveGeometry())
    other = MainWindow(store)
    qtbot.addWidget(other)
    screen = QRect(0, 0, 853, 533)  # 1280×800 at a scale of 1.5
    other.restoreGeometry(settings.value(geometry_key()))
    fit_to_screen(other, screen)
    frame = QRect(other.x(), other.y(), other.width() + FRAME_ALLOWANCE[0], other.height() + FRAME_ALLOWANCE[1])
    assert inside(frame, screen), frame
    assert other.width() >= 700 and other.height() >= 450  # shrunk, not collapsed
    store.close()


def test_the_program_fits_a_saved_geometry_to_its_screen(qtbot, tmp_path):
    from desktop_app.storage import ReportStore

    store = ReportStore.open(tmp_path / "r.sqlite")
    available = QApplication.primaryScreen().availableGeometry()
    big = MainWindow(store)
    qtbot.addWidget(big)
    big.setGeometry(available.x() + 50, available.y() + 50, available.width() + 400, available.height() + 300)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(geometry_key(), big.saveGeometry())
    window = MainWindow(store)
    qtbot.addWidget(window)
    restore_geometry(window, settings, geometry_key())
    assert window.width() + FRAME_ALLOWANCE[0] <= available.width()
    assert window.height() + FRAME_ALLOWANCE[1] <= available.height()
    assert available.contains(window.geometry().topLeft())
    # Nothing saved: the window's own size, fitted too.
    empty = QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat)
    fresh = MainWindow(store)
    qtbot.addWidget(fresh)
    restore_geometry(fresh, empty, geometry_key())
    assert fresh.height() + FRAME_ALLOWANCE[1] <= available.height()
    store.close()


@pytest.mark.parametrize("size", [(1024, 700), (1000, 640), (853, 533)], ids=["1024x700", "1000x640", "853x533"])
def test_short_fields_show_their_whole_text_with_a_large_font(qtbot, show_window, db_path, large_font, size):
    """The year, the postal code, the date of signing and the subsidy keep room for what they
    hold when a large font leaves little room: at 144 dpi the year showed as "016"."""
    report = make_valid_report()
    report.subsidy = 12_345_678_90
    window = show_window(add_report(db_path, report), size=size)
    wizard = window.wizard
    cut = []
    for page_id, name in ((PageId.IDENTIFICATION, "reportingYear"), (PageId.IDENTIFICATION, "promoter.postalCode"),
                          (PageId.COSTS, "subsidyAmount"), (PageId.CHECK_SIGN, "signatories.date")):
        wizard.show_page(page_id)
        QApplication.processEvents()
        field = window.findChild(QWidget, name)
        needed = field.fontMetrics().horizontalAdvance(field.text()) + 10  # frame and text margins
        if field.width() < needed:
            cut.append(f"{name}: {field.text()!r} needs {needed} px, has {field.width()}")
    assert cut == []
