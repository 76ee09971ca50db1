"""Write a bare PySide6 program that builds the same window as the program shows.

``replica_source(window, shown)`` walks a window that is on the screen and returns the source of
a Python program that builds the same widgets with PySide6's own classes, in the same layouts,
with the same texts, sizes, style sheets and table cells, shows it and waits until the copy of
``shown`` has painted. No module of the program is imported by it: what that copy costs to
start is what any program pays on this binding for showing this window, with none of the
program's own work (its modules, database, model, checks).

Only what a program builds through Qt's API is copied: a layout's items, a stacked or tab
widget's pages, a scroll area's widget, a wizard's pages and side widget, a main window's menus,
central widget and status bar. Qt's own inner widgets (scroll bars, headers, a wizard's
buttons) are made again by the copies of their owners. A subclass becomes its nearest PySide6
class: what the program paints itself (a field's mark) is left out, in the copy's favour.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QBoxLayout, QComboBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QLabel,
    QLayout, QLineEdit, QListWidget, QMainWindow, QPlainTextEdit, QScrollArea, QStackedWidget, QTabWidget,
    QWidget, QWizard,
)

# Item views become views of a QStandardItemModel with the same cells; a QTableWidget a QTableView.
_VIEW_CLASSES = {"QTableWidget": "QTableView", "QTableView": "QTableView", "QListView": "QListView",
                 "QTreeView": "QTreeView"}
_QT_MAX = 16777215


def _qt_class(widget: QWidget) -> tuple[str, str]:
    """(module, name) of the nearest PySide6 class of ``widget``."""
    for cls in type(widget).__mro__:
        if cls.__module__.startswith("PySide6."):
            return cls.__module__, cls.__name__
    raise TypeError(type(widget))


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.imports: dict[str, set[str]] = {}
        self.count = 0
        self.shown_name = ""
        self.copies: dict[int, str] = {}  # id of a widget of the window: the name of its copy
        self.buddies: list[tuple[str, QWidget]] = []  # a label's copy, the label's buddy

    def need(self, module: str, name: str) -> str:
        self.imports.setdefault(module, set()).add(name)
        return name

    def name(self) -> str:
        self.count += 1
        return f"w{self.count}"

    def emit(self, line: str) -> None:
        self.lines.append(line)


def replica_source(window: QMainWindow, shown: QWidget, size: tuple[int, int]) -> str:
    """The source of the bare program that builds ``window`` again and waits for the paint of
    the copy of ``shown``."""
    writer = _Writer()
    writer.need("PySide6.QtWidgets", "QApplication")
    writer.emit("app = QApplication([])")
    top = _main_window(writer, window, shown)
    for label, buddy in writer.buddies:
        if id(buddy) in writer.copies:
            writer.emit(f"{label}.setBuddy({writer.copies[id(buddy)]})")
    writer.emit(f"{top}.resize({size[0]}, {size[1]})")
    writer.emit(f"{top}.show()")
    writer.emit(f"wait_for_paint(app, {writer.shown_name or top})")
    writer.emit('print("shown", flush=True)')
    head = [f"from {module} import {', '.join(sorted(names))}" for module, names in sorted(writer.imports.items())]
    return "\n".join(head) + "\n" + WAIT_FOR_PAINT + "\n".join(writer.lines) + "\n"


# The bare programs of bench_startup wait for the first paint the same way.
from bench_startup import WAIT_FOR_PAINT  # noqa: E402



def _main_window(writer: _Writer, window: QMainWindow, shown: QWidget) -> str:
    top = writer.name()
    writer.emit(f"{top} = {writer.need('PySide6.QtWidgets', 'QMainWindow')}()")
    writer.emit(f"{top}.setWindowTitle({window.windowTitle()!r})")
    bar = window.menuBar()
    for action in bar.actions():
        if action.menu() is not None:
            _menu(writer, f"{top}.menuBar()", action.menu())
    for action in window.actions():  # shortcuts of the window outside its menus
        _action(writer, top, action)
    central = window.centralWidget()
    if central is not None:
        writer.emit(f"{top}.setCentralWidget({_widget(writer, central, shown)})")
    status = window.statusBar()
    writer.emit(f"status = {top}.statusBar()")
    for child in status.findChildren(QWidget, options=_direct()):
        if not child.isHidden() and not child.objectName().startswith("qt_") and _qt_class(child)[1] != "QSizeGrip":
            writer.emit(f"status.addPermanentWidget({_widget(writer, child, shown)})")
    return top


def _direct():
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def _menu(writer: _Writer, parent: str, menu) -> None:
    name = writer.name()
    writer.emit(f"{name} = {parent}.addMenu({menu.title()!r})")
    for action in menu.actions():
        if action.isSeparator():
            writer.emit(f"{name}.addSeparator()")
        elif action.menu() is not None:
            _menu(writer, name, action.menu())
        else:
            _action(writer, name, action, add=True)


def _action(writer: _Writer, parent: str, action, add: bool = False) -> None:
    name = writer.name()
    if add:
        writer.emit(f"{name} = {parent}.addAction({action.text()!r})")
    else:
        writer.need("PySide6.QtGui", "QAction")
        writer.emit(f"{name} = QAction({action.text()!r}, {parent}); {parent}.addAction({name})")
    keys = [key.toString() for key in action.shortcuts()]
    if keys:
        writer.need("PySide6.QtGui", "QKeySequence")
        writer.emit(f"{name}.setShortcuts([{', '.join(f'QKeySequence({k!r})' for k in keys)}])")
    if action.isCheckable():
        writer.emit(f"{name}.setCheckable(True); {name}.setChecked({action.isChecked()})")
    if not action.isEnabled():
        writer.emit(f"{name}.setEnabled(False)")


def _widget(writer: _Writer, widget: QWidget, shown: QWidget) -> str:
    """Emit the making of ``widget``'s copy and of everything it holds; return its name."""
    module, cls = _qt_class(widget)
    if cls in _VIEW_CLASSES or isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
        return _view(writer, widget)
    if cls == "QAbstractButton":  # not made by itself: the nearest class a program could make
        module, cls = "PySide6.QtWidgets", "QPushButton"
    name = writer.name()
    writer.emit(f"{name} = {writer.need(module, cls)}()")
    writer.copies[id(widget)] = name
    if widget is shown:
        writer.shown_name = name
    _properties(writer, name, widget)
    if isinstance(widget, QWizard):
        _wizard(writer, name, widget, shown)
    elif isinstance(widget, QStackedWidget):
        for index in range(widget.count()):
            writer.emit(f"{name}.addWidget({_widget(writer, widget.widget(index), shown)})")
        writer.emit(f"{name}.setCurrentIndex({widget.currentIndex()})")
    elif isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            writer.emit(f"{name}.addTab({_widget(writer, widget.widget(index), shown)}, {widget.tabText(index)!r})")
        writer.emit(f"{name}.setCurrentIndex({widget.currentIndex()})")
    elif isinstance(widget, QScrollArea):
        writer.emit(f"{name}.setWidgetResizable({widget.widgetResizable()})")
        if widget.widget() is not None:
            writer.emit(f"{name}.setWidget({_widget(writer, widget.widget(), shown)})")
    elif isinstance(widget, QComboBox):
        items = [widget.itemText(i) for i in range(widget.count())]
        writer.emit(f"{name}.addItems({items!r}); {name}.setCurrentIndex({widget.currentIndex()})")
    elif isinstance(widget, QListWidget):
        items = [widget.item(i).text() for i in range(widget.count())]
        writer.emit(f"{name}.addItems({items!r}); {name}.setCurrentRow({widget.currentRow()})")
        if widget.maximumWidth() == widget.minimumWidth():
            writer.emit(f"{name}.setFixedWidth({widget.maximumWidth()})")
    else:
        _children(writer, name, widget, shown)
    if widget.isHidden() and not isinstance(widget.parentWidget(), (QStackedWidget, QTabWidget)):
        writer.emit(f"{name}.hide()")
    return name


def _properties(writer: _Writer, name: str, widget: QWidget) -> None:
    if isinstance(widget, QLabel):
        writer.emit(f"{name}.setText({widget.text()!r}); {name}.setWordWrap({widget.wordWrap()})")
    elif isinstance(widget, (QAbstractButton, QLineEdit)):
        writer.emit(f"{name}.setText({widget.text()!r})")
    elif isinstance(widget, QPlainTextEdit):
        writer.emit(f"{name}.setPlainText({widget.toPlainText()!r})")
    elif isinstance(widget, QGroupBox):
        writer.emit(f"{name}.setTitle({widget.title()!r})")
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        writer.emit(f"{name}.setPlaceholderText({widget.placeholderText()!r})")
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        writer.buddies.append((name, widget.buddy()))
    if isinstance(widget, QFrame) and not isinstance(widget, QLabel):
        writer.emit(f"{name}.setFrameShape({name}.Shape({widget.frameShape().value}))")
    if not widget.isEnabled():
        writer.emit(f"{name}.setEnabled(False)")
    if widget.styleSheet():
        writer.emit(f"{name}.setStyleSheet({widget.styleSheet()!r})")
    minimum, maximum = widget.minimumSize(), widget.maximumSize()
    if minimum.width() or minimum.height():
        writer.emit(f"{name}.setMinimumSize({minimum.width()}, {minimum.height()})")
    if maximum.width() != _QT_MAX or maximum.height() != _QT_MAX:
        writer.emit(f"{name}.setMaximumSize({maximum.width()}, {maximum.height()})")


def _wizard(writer: _Writer, name: str, wizard: QWizard, shown: QWidget) -> None:
    writer.emit(f"{name}.setWizardStyle({name}.WizardStyle({wizard.wizardStyle().value}))")
    writer.emit(f"{name}.setOptions({name}.WizardOption({wizard.options().value}))")
    for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                   QWizard.WizardButton.CancelButton, QWizard.WizardButton.FinishButton):
        writer.emit(f"{name}.setButtonText({name}.WizardButton({button.value}), {wizard.buttonText(button)!r})")
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        copy = _widget(writer, page, shown)
        writer.emit(f"{copy}.setTitle({page.title()!r}); {copy}.setSubTitle({page.subTitle()!r})")
        writer.emit(f"{name}.setPage({page_id}, {copy})")
    following = wizard.nextId()
    if following != -1 and following not in wizard.pageIds():
        # The program makes its later pages after the first paint, and its wizard's nextId
        # already names the next one (a Next button): an empty page stands for it.
        writer.emit(f"{name}.setPage({following}, {writer.need('PySide6.QtWidgets', 'QWizardPage')}())")
    if wizard.sideWidget() is not None:
        writer.emit(f"{name}.setSideWidget({_widget(writer, wizard.sideWidget(), shown)})")
    writer.emit(f"{name}.setStartId({wizard.startId()})")


def _children(writer: _Writer, name: str, widget: QWidget, shown: QWidget) -> None:
    """The widget's layout with its items, then its visible children outside any layout, at
    their place."""
    placed: set[int] = set()
    layout = widget.layout()
    if layout is not None:
        _layout(writer, name, layout, shown, placed, install=True)
    for child in widget.findChildren(QWidget, options=_direct()):
        if id(child) in placed or child.isWindow() or child.isHidden() or child.objectName().startswith("qt_"):
            continue
        copy = _widget(writer, child, shown)
        geometry = child.geometry()
        writer.emit(f"{copy}.setParent({name}); {copy}.setGeometry({geometry.x()}, {geometry.y()}, "
                    f"{geometry.width()}, {geometry.height()})")


def _layout(writer: _Writer, owner: str, layout: QLayout, shown: QWidget, placed: set[int], install: bool = False) -> str:
    module, cls = _qt_class(layout)
    name = writer.name()
    writer.emit(f"{name} = {writer.need(module, cls)}({owner if install else ''})")
    margins = layout.contentsMargins()
    writer.emit(f"{name}.setContentsMargins({margins.left()}, {margins.top()}, {margins.right()}, {margins.bottom()})")
    if isinstance(layout, (QFormLayout, QGridLayout)):
        writer.emit(f"{name}.setHorizontalSpacing({layout.horizontalSpacing()}); "
                    f"{name}.setVerticalSpacing({layout.verticalSpacing()})")
    elif layout.spacing() >= 0:
        writer.emit(f"{name}.setSpacing({layout.spacing()})")
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            placed.add(id(item.widget()))
            child = _widget(writer, item.widget(), shown)
        elif item.layout() is not None:
            child = _layout(writer, owner, item.layout(), shown, placed)
        else:
            child = None
        kind = "Widget" if item.widget() is not None else "Layout"
        if isinstance(layout, QFormLayout):
            row, role = layout.getItemPosition(index)
            if child is not None:
                writer.emit(f"{name}.set{kind}({row}, {name}.ItemRole({role.value}), {child})")
        elif isinstance(layout, QGridLayout):
            row, column, rows, columns = layout.getItemPosition(index)
            if child is not None:
                writer.emit(f"{name}.add{kind}({child}, {row}, {column}, {rows}, {columns})")
        elif isinstance(layout, QBoxLayout):
            stretch = layout.stretch(index)
            if child is not None:
                writer.emit(f"{name}.add{kind}({child}, {stretch})")
            elif item.spacerItem() is not None:
                if stretch:
                    writer.emit(f"{name}.addStretch({stretch})")
                else:
                    hint = item.spacerItem().sizeHint()
                    writer.emit(f"{name}.addSpacing({max(hint.width(), hint.height())})")
        elif child is not None:
            writer.emit(f"{name}.add{kind}({child})" if kind == "Widget" else f"{name}.addItem({child})")
    return name


def _view(writer: _Writer, view: QAbstractItemView) -> str:
    """A view of a QStandardItemModel holding the texts the view's model shows."""
    model = view.model()
    rows = model.rowCount(QModelIndex()) if model is not None else 0
    columns = model.columnCount(QModelIndex()) if model is not None else 0
    _, cls = _qt_class(view)
    view_class = _VIEW_CLASSES.get(cls, "QTableView")
    name = writer.name()
    writer.need("PySide6.QtGui", "QStandardItemModel")
    writer.need("PySide6.QtGui", "QStandardItem")
    writer.emit(f"{name} = {writer.need('PySide6.QtWidgets', view_class)}()")
    writer.copies[id(view)] = name
    writer.emit(f"{name}_model = QStandardItemModel({rows}, {columns}, {name})")
    texts = [[str(model.index(r, c).data() or "") for c in range(columns)] for r in range(rows)]
    if any(any(row) for row in texts):
        writer.emit(f"for r, row in enumerate({texts!r}):\n"
                    f"    for c, text in enumerate(row):\n"
                    f"        {name}_model.setItem(r, c, QStandardItem(text))")
    headers = [str(model.headerData(c, _horizontal()) or "") for c in range(columns)]
    writer.emit(f"{name}_model.setHorizontalHeaderLabels({headers!r})")
    writer.emit(f"{name}.setModel({name}_model)")
    if view_class == "QTableView":
        if view.verticalHeader().isHidden():
            writer.emit(f"{name}.verticalHeader().hide()")
        if view.horizontalHeader().isHidden():
            writer.emit(f"{name}.horizontalHeader().hide()")
        widths = [view.columnWidth(c) for c in range(columns)]
        writer.emit(f"for c, width in enumerate({widths!r}):\n    {name}.setColumnWidth(c, width)")
        writer.emit(f"{name}.verticalHeader().setDefaultSectionSize({view.verticalHeader().defaultSectionSize()})")
        writer.emit(f"{name}.horizontalHeader().setStretchLastSection({view.horizontalHeader().stretchLastSection()})")
    writer.need("PySide6.QtCore", "Qt")
    writer.emit(f"{name}.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy({view.horizontalScrollBarPolicy().value}))")
    writer.emit(f"{name}.setAlternatingRowColors({view.alternatingRowColors()})")
    _properties(writer, name, view)
    if view.isHidden():
        writer.emit(f"{name}.hide()")
    return name


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
