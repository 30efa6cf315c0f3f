"""The census sheet as a keyboard-first form, rendered from the form definition.

Only relevant questions are shown; required ones carry a star; errors and warnings appear at the
question and in a list that jumps to each; every question shows its help text.  Enter and Tab go
to the next relevant question, Shift+Tab back; digits pick choices; long classifiers have a
type-ahead search.  Every answer may carry its own source (interview, proxy, administration record
with the document), else the sheet's default applies.

The widget keeps the answers in a :class:`desktop.domain.sheet_session.SheetSession` (pure Python,
evaluated on the GUI thread in microseconds): moving to the next question never waits on the
database.  Saving is the page's business: the widget emits ``changed`` and ``moved``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.entry import SOURCE_LABELS, AnswerSource
from desktop.domain.forms.engine import attachment
from desktop.domain.forms.model import MAX_ATTACHMENT_BYTES, MEDIA_TYPES
from desktop.domain.sheet_session import Item, ItemState, SheetSession
from desktop.views import theme
from desktop.views.common import tr_message

SHORT_LIST = 9  # up to nine choices are picked by a digit; longer lists get a type-ahead search

_NEXT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
# Focus handed back by the window or a closing popup, not moved by the person.
_GIVEN_BACK = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)


def _digit(event: QKeyEvent) -> int | None:
    text = event.text()
    if (
        len(text) == 1
        and text.isdigit()
        and event.modifiers()
        in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
    ):
        return int(text)
    return None


class ChoiceEditor(QFrame):
    """Numbered radio buttons (one answer) or check boxes (several): the digit picks or toggles."""

    edited = Signal()

    def __init__(self, item: Item, multiple: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.multiple = multiple
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("choiceEditor")
        # The question a digit answers is the one framed in the highlight colour.
        self.setStyleSheet(
            "QFrame#choiceEditor { border: 1px solid palette(mid); border-radius: 3px; padding: 1px; }"
            "QFrame#choiceEditor:focus { border: 2px solid palette(highlight); padding: 0px; }"
        )
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(6, 4, 6, 4)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(2)
        # The frame may be narrower than two columns: the minimum is one column (see minimumSizeHint).
        self.grid.setSizeConstraint(QGridLayout.SizeConstraint.SetNoConstraint)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        self.buttons: list[QRadioButton | QCheckBox] = []
        longest = max((len(choice.label) for choice in item.choices), default=0)
        # Two columns where the choices are many and short, and only while they fit side by side.
        self.max_columns = 2 if len(item.choices) > 4 and longest <= 28 else 1
        for index, choice in enumerate(item.choices):
            text = f"{index + 1}  {choice.label}"
            button: QRadioButton | QCheckBox = QCheckBox(text) if multiple else QRadioButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("value", choice.value)
            self.group.addButton(button, index)
            self.buttons.append(button)
        self.columns = 0
        self._arrange(self.max_columns)
        self.group.buttonClicked.connect(lambda _b: self.edited.emit())

    def _width_for(self, columns: int) -> int:
        margins = self.grid.contentsMargins()
        widest = max((button.sizeHint().width() for button in self.buttons), default=0)
        spacing = self.grid.horizontalSpacing() * (columns - 1)
        return widest * columns + spacing + margins.left() + margins.right() + 2 * self.frameWidth()

    def _arrange(self, columns: int) -> None:
        rows = (len(self.buttons) + columns - 1) // columns
        for button in self.buttons:
            self.grid.removeWidget(button)
        for index, button in enumerate(self.buttons):
            self.grid.addWidget(button, index % rows, index // rows)
        self.columns = columns
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._width_for(1), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        fits = self.max_columns if event.size().width() >= self._width_for(self.max_columns) else 1
        if fits != self.columns:
            self._arrange(fits)

    def value(self) -> Any:
        chosen = [str(b.property("value")) for b in self.buttons if b.isChecked()]
        if self.multiple:
            return chosen
        return chosen[0] if chosen else None

    def set_value(self, value: Any) -> None:
        values = set(value or []) if self.multiple else {value}
        if not self.multiple:
            self.group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(str(button.property("value")) in {str(v) for v in values if v is not None})
        if not self.multiple:
            self.group.setExclusive(True)

    def pick(self, number: int) -> bool:
        if not 1 <= number <= len(self.buttons):
            return False
        button = self.buttons[number - 1]
        if self.multiple:
            button.setChecked(not button.isChecked())
        elif button.isChecked():
            return True
        else:
            button.setChecked(True)
        self.edited.emit()
        return True

    def clear_choice(self) -> None:
        self.set_value([] if self.multiple else None)
        self.edited.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        number = _digit(event)
        if number is not None and self.pick(number):
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_choice()
            event.accept()
            return
        super().keyPressEvent(event)


class ClassifierEditor(QComboBox):
    """A long list: type a few letters (anywhere in the name) or the code, the list narrows."""

    edited = Signal()
    # An entry was picked from the list (Enter or a click on it): the cursor moves on.
    picked = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.addItem("", None)
        for choice in item.choices:
            self.addItem(choice.label, choice.value)
        self._texts = [self.itemText(i) for i in range(self.count())]
        completer = QCompleter(QStringListModel(self._texts[1:], self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        completer.activated.connect(self._completed)
        popup = completer.popup()
        assert popup is not None  # a QCompleter always makes its popup
        popup.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusWindowChanged.connect(self._focus_window_changed)
        self.currentIndexChanged.connect(lambda _i: self.edited.emit())
        line = self.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._commit_text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Hide:
            # The list closed: the sheet's window keeps the keyboard (some platforms hand activation
            # to the popup late and never give it back).
            QTimer.singleShot(0, self._reactivate)
        return super().eventFilter(watched, event)

    def _focus_window_changed(self, window: object) -> None:
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None and window is not None and window is popup.windowHandle() and not popup.isVisible():
            QTimer.singleShot(0, self._reactivate)

    def _reactivate(self) -> None:
        window = self.window()
        if window.isVisible() and QApplication.activeWindow() is not window:
            window.activateWindow()

    def _completed(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            self.setCurrentIndex(index)
            self.picked.emit()

    def _commit_text(self) -> None:
        text = self.currentText().strip()
        if not text:
            if self.currentIndex() != 0:
                self.setCurrentIndex(0)
            return
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index < 0:  # a code typed, or a unique beginning
            index = self.findData(text)
        if index < 0:
            matches = [i for i, t in enumerate(self._texts) if i and t.casefold().startswith(text.casefold())]
            index = matches[0] if len(matches) == 1 else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(self.itemText(self.currentIndex()))

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))


class LineEditor(QLineEdit):
    edited = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        hint = QWidgetTr.hint(item.kind)
        if hint:
            self.setPlaceholderText(hint)
        if item.kind in ("date", "time", "integer", "decimal", "range"):
            self.setMaximumWidth(160)
        elif item.kind in ("dateTime", "geopoint"):
            self.setMaximumWidth(320)
        self.textEdited.connect(lambda _t: self.edited.emit())

    def value(self) -> Any:
        text = " ".join(self.text().split())
        if not text:
            return None
        if self.item.kind == "integer":
            try:
                return int(text.replace(" ", ""))
            except ValueError:
                return text  # the engine reports what is wrong
        if self.item.kind in ("decimal", "range"):
            try:
                return float(text.replace(",", ".").replace(" ", ""))
            except ValueError:
                return text
        if self.item.kind == "date":
            for fmt in ("%d.%m.%Y", "%Y-%m-%d", "%d%m%Y"):
                try:
                    return dt.datetime.strptime(text, fmt).date().isoformat()
                except ValueError:
                    continue
            return text
        if self.item.kind == "dateTime":
            for fmt in ("%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"):
                try:
                    return dt.datetime.strptime(text, fmt).isoformat()
                except ValueError:
                    continue
            return text
        return text

    def set_value(self, value: Any) -> None:
        if value is None:
            self.setText("")
        elif self.item.kind == "date":
            try:
                self.setText(dt.date.fromisoformat(str(value)).strftime("%d.%m.%Y"))
            except ValueError:
                self.setText(str(value))
        elif self.item.kind == "dateTime":
            try:
                self.setText(dt.datetime.fromisoformat(str(value)).strftime("%d.%m.%Y %H:%M"))
            except ValueError:
                self.setText(str(value))
        elif isinstance(value, float) and value.is_integer() and self.item.kind == "integer":
            self.setText(str(int(value)))
        else:
            self.setText(str(value))


class AttachmentEditor(QFrame):
    """A file attached from disk (a scan of a record, a photo): Space or the button chooses it,
    Delete removes it.  The file is kept in the sheet, so it is saved and travels with the answers."""

    edited = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self._value: dict[str, Any] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.button = QPushButton(self.tr("Attach a file… (Space)"), self)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.choose)
        self.shown = QLabel(self)
        self.shown.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.button)
        layout.addWidget(self.shown, 1)
        self._show()

    def choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if chosen:
            self.attach(Path(chosen))

    def attach(self, path: Path) -> bool:
        """Keep ``path`` as the answer; a file too large or unreadable is refused with a message."""
        limit_mb = MAX_ATTACHMENT_BYTES // (1024 * 1024)
        try:
            if path.stat().st_size > MAX_ATTACHMENT_BYTES:
                QMessageBox.warning(
                    self,
                    self.tr("Attach a file"),
                    self.tr("The file is larger than {limit} MB; attach a smaller scan.").format(limit=limit_mb),
                )
                return False
            data = path.read_bytes()
        except OSError:
            QMessageBox.warning(self, self.tr("Attach a file"), self.tr("The file cannot be read."))
            return False
        self._value = attachment(path.name, data)
        self._show()
        self.edited.emit()
        return True

    def _show(self) -> None:
        if self._value is None:
            self.shown.setText(self.tr("No file attached"))
        else:
            kilobytes = max(1, round(int(self._value.get("size", 0)) / 1024))
            self.shown.setText(self.tr("{file} ({size} KB)").format(file=self._value.get("file", ""), size=kilobytes))

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        self._value = dict(value) if isinstance(value, dict) else None
        self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Space:
            self.choose()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._value is not None:
            self.set_value(None)
            self.edited.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class RepeatEditor(QTableWidget):
    """A repeat group as a table: one row per repetition, one column per question.  Arrows move between
    cells and typing fills one; Insert adds a row, Delete removes the current one (unless the form fixes
    the number of rows); Tab and Enter go on to the next question.  A choice is typed as its code."""

    edited = Signal()

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(0, len(item.columns), parent)
        self.spec = item
        self._loading = False
        self.setHorizontalHeaderLabels([column.label for column in item.columns])
        for index, column in enumerate(item.columns):
            header = self.horizontalHeaderItem(index)
            if header is not None and column.choices:
                header.setToolTip("\n".join(f"{c.value} — {c.label}" for c in column.choices))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(False)
        self.setMinimumHeight(140)
        self.setToolTip(self.tr("Insert adds a row, Delete removes the current row"))
        self.itemChanged.connect(self._changed)

    def _changed(self, _cell: QTableWidgetItem) -> None:
        if not self._loading:
            self.edited.emit()

    def value(self) -> Any:
        rows: list[dict[str, Any]] = []
        for row in range(self.rowCount()):
            answers: dict[str, Any] = {}
            for index, column in enumerate(self.spec.columns):
                cell = self.item(row, index)
                text = " ".join(cell.text().split()) if cell is not None else ""
                if text:
                    answers[column.name] = text.split() if column.kind == "select_multiple" else text
            rows.append(answers)
        return rows

    def set_value(self, value: Any) -> None:
        rows = [r for r in value if isinstance(r, dict)] if isinstance(value, list) else []
        self._loading = True
        try:
            self.setRowCount(len(rows))
            for row, answers in enumerate(rows):
                for index, column in enumerate(self.spec.columns):
                    answer = answers.get(column.name)
                    text = (
                        " ".join(map(str, answer))
                        if isinstance(answer, list)
                        else ""
                        if answer is None
                        else str(answer)
                    )
                    self.setItem(row, index, QTableWidgetItem(text))
        finally:
            self._loading = False

    def fit(self, rows: int) -> None:
        """As many rows as the form fixes (its ``repeat_count`` may follow another answer)."""
        if self.spec.fixed_rows and rows != self.rowCount():
            self._loading = True
            self.setRowCount(rows)
            self._loading = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not self.spec.fixed_rows and event.key() == Qt.Key.Key_Insert:
            self.insertRow(self.rowCount())
            self.setCurrentCell(self.rowCount() - 1, 0)
            self.edited.emit()
            event.accept()
            return
        if not self.spec.fixed_rows and event.key() == Qt.Key.Key_Delete and self.currentRow() >= 0:
            self.removeRow(self.currentRow())
            self.edited.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class QWidgetTr(QObject):
    """Translatable words used outside a widget's own tr()."""

    @staticmethod
    def date_hint() -> str:
        return QWidgetTr.tr("DD.MM.YYYY")  # type: ignore[call-arg,arg-type]  # PySide6 allows tr on the class

    @staticmethod
    def hint(kind: str) -> str:
        """What to type for an answer of this kind (shown in the empty field)."""
        translate = QCoreApplication.translate
        hints = {
            "date": translate("QWidgetTr", "DD.MM.YYYY"),
            "time": translate("QWidgetTr", "HH:MM"),
            "dateTime": translate("QWidgetTr", "DD.MM.YYYY HH:MM"),
            "geopoint": translate("QWidgetTr", "latitude longitude [altitude accuracy]"),
            "geotrace": translate("QWidgetTr", "latitude longitude; latitude longitude; …"),
            "geoshape": translate("QWidgetTr", "latitude longitude; latitude longitude; …"),
            "barcode": translate("QWidgetTr", "the code's digits or letters"),
        }
        return hints.get(kind, "")


class SourceButton(QComboBox):
    """The source of one answer: the sheet's default, or an override."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.addItem(self.tr("Source: as the sheet"), "")
        for source in AnswerSource:
            label = tr_message_text(SOURCE_LABELS[source])
            self.addItem(self.tr("Source: {source}").format(source=label), source.value)
            self.setItemData(self.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(20)


def tr_message_text(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("entry", text)


class QuestionRow(QFrame):
    """One question: number, text, star when required, editor, help, messages, source."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("questionRow")
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        top = QHBoxLayout()
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        top.addWidget(self.label, 1)
        self.source = SourceButton(self)
        question = f"{item.number}. {item.label}" if item.number else item.label
        self.source.setAccessibleName(self.tr("Source of the answer: {question}").format(question=question))
        self.document = QLineEdit(self)
        self.document.setPlaceholderText(self.tr("Document (e.g. personal file No.)"))
        self.document.setAccessibleName(self.document.placeholderText())
        self.document.setToolTip(self.tr("F4 changes the source of the answer"))
        self.document.setMaximumWidth(220)
        self.document.setVisible(False)
        top.addWidget(self.document)
        top.addWidget(self.source)
        layout.addLayout(top)
        self.editor: Any
        if item.kind in ("select_one", "select_multiple"):
            multiple = item.kind == "select_multiple"
            if multiple or len(item.choices) <= SHORT_LIST:
                self.editor = ChoiceEditor(item, multiple, self)
            else:
                self.editor = ClassifierEditor(item, self)
        elif item.kind == "acknowledge":
            self.editor = ChoiceEditor(item, False, self)
        elif item.kind in MEDIA_TYPES:
            self.editor = AttachmentEditor(item, self)
        elif item.kind == "begin_repeat":
            self.editor = RepeatEditor(item, self)
        elif item.kind == "note":
            self.editor = None
        else:
            self.editor = LineEditor(item, self)
        if self.editor is not None:
            self.label.setBuddy(self.editor)
            layout.addWidget(self.editor)
        else:
            self.source.setVisible(False)
        self.hint = QLabel(item.hint, self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet("color: palette(placeholder-text); font-size: 90%;")
        self.hint.setVisible(bool(item.hint))
        layout.addWidget(self.hint)
        self.messages = QLabel(self)
        self.messages.setWordWrap(True)
        self.messages.setTextFormat(Qt.TextFormat.PlainText)
        self.messages.setVisible(False)
        layout.addWidget(self.messages)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("The answer is right because… (confirms the warning)"))
        self.reason.setAccessibleName(self.reason.placeholderText())
        self.reason.setVisible(False)
        layout.addWidget(self.reason)
        self._set_label(False)

    def _set_label(self, required: bool, live: str | None = None) -> None:
        number = f"{self.item.number}. " if self.item.number else ""
        star = "\u00a0*" if required else ""  # the star stays with the last word, never alone on a line
        self.label.setText(f"{number}{live if live is not None else self.item.label}{star}")
        font = self.label.font()
        font.setBold(self.item.kind != "note")
        self.label.setFont(font)

    def show_state(
        self, required: bool, errors: list[str], warnings: list[str], warned: bool, reason: str, live: str | None
    ) -> None:
        self._set_label(required, live)
        lines = [f"✖ {text}" for text in errors] + [f"⚠ {text}" for text in warnings]
        self.messages.setText("\n".join(lines))
        self.messages.setVisible(bool(lines))
        color = theme.status_colour(theme.Status.ERROR if errors else theme.Status.WARNING).name()
        self.messages.setStyleSheet(f"color: {color};")
        self.reason.setVisible(warned and not errors)
        if not self.reason.hasFocus() and self.reason.text() != reason:
            self.reason.setText(reason)

    def focus_editor(self) -> None:
        if self.editor is not None:
            self.editor.setFocus(Qt.FocusReason.TabFocusReason)
            if isinstance(self.editor, QLineEdit):
                self.editor.selectAll()


class SheetWidget(QWidget):
    """The questions of one sheet and the list of its problems."""

    #: An answer, a source or a confirmation changed.
    changed = Signal()
    #: The focus moved to another question (the page saves then).
    moved = Signal(str)
    #: Enter on the last question: the sheet is filled to its end.
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: SheetSession | None = None
        self.rows: dict[str, QuestionRow] = {}
        self.section_titles: dict[str, QLabel] = {}
        self.order: list[str] = []
        self.sources: dict[str, dict[str, str]] = {}
        self._form_key: tuple[str, str, str] | None = None
        self._loading = False
        self.current: str | None = None
        #: Questions the cursor has left: an unanswered required one says so only then (or once
        #: completing was tried), so that a fresh sheet is not red from top to bottom.
        self.visited: set[str] = set()
        self.reveal = False
        # The long list a pick has just moved the cursor away from (see :meth:`_picked`).
        self._left_by_pick: ClassifierEditor | None = None

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(0)
        self.scroll_area.setWidget(self.body)

        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.itemActivated.connect(self._jump_to_problem)
        self.problems.itemClicked.connect(self._jump_to_problem)
        self.problems_title = QLabel()
        self.problems_title.setBuddy(self.problems)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 0, 0, 0)
        side_layout.addWidget(self.problems_title)
        side_layout.addWidget(self.problems, 1)

        side.setMinimumWidth(220)
        side.setMaximumWidth(360)
        self.problems.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area, 3)
        layout.addWidget(side, 1)
        self._problems_timer = QTimer(self)
        self._problems_timer.setSingleShot(True)
        self._problems_timer.setInterval(150)
        self._problems_timer.timeout.connect(self._fill_problems)

    # -- building --------------------------------------------------------------------------------

    def load(self, session: SheetSession, sources: dict[str, dict[str, str]]) -> None:
        """Show a sheet; the rows are built once per form and reused for the next person."""
        self._loading = True
        try:
            key = (session.form_id, session.form_version, session.lang)
            if key != self._form_key:
                self._build(session)
                self._form_key = key
            self.session = session
            self.sources = {k: dict(v) for k, v in sources.items()}
            for name, row in self.rows.items():
                if row.editor is not None:
                    row.editor.blockSignals(True)
                    row.editor.set_value(session.value(name))
                    row.editor.blockSignals(False)
                row.reason.setText(session.confirmed.get(name, ""))
                self._show_source(name)
            self.current = None
            self.visited = set()
            self.reveal = False
            self._refresh_states()
            self._fill_problems()
            self.scroll_area.verticalScrollBar().setValue(0)
        finally:
            self._loading = False

    def _build(self, session: SheetSession) -> None:
        while self.body_layout.count():
            child = self.body_layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows.clear()
        self.order = []
        section_labels: dict[str, QLabel] = {}
        self.section_titles = section_labels
        for item in session.items():
            if item.section and item.section not in section_labels:
                title = QLabel(item.section, self.body)
                title.setObjectName("sectionTitle")
                title.setStyleSheet("font-weight: bold; font-size: 115%; padding: 10px 8px 4px 8px;")
                title.setWordWrap(True)
                section_labels[item.section] = title
                self.body_layout.addWidget(title)
            row = QuestionRow(item, self.body)
            self.rows[item.name] = row
            self.order.append(item.name)
            self.body_layout.addWidget(row)
            if row.editor is not None:
                row.editor.installEventFilter(self)
                line = row.editor.lineEdit() if isinstance(row.editor, QComboBox) else None
                if line is not None:
                    line.installEventFilter(self)
                row.editor.edited.connect(lambda name=item.name: self._edited(name))
                if isinstance(row.editor, ClassifierEditor):
                    row.editor.picked.connect(lambda editor=row.editor: self._picked(editor))
            row.source.currentIndexChanged.connect(lambda _i, name=item.name: self._source_edited(name))
            row.document.editingFinished.connect(lambda name=item.name: self._source_edited(name))
            row.reason.installEventFilter(self)
            row.document.installEventFilter(self)
            row.reason.textEdited.connect(lambda text, name=item.name: self._reason_edited(name, text))
        self.body_layout.addStretch(1)

    # -- values ----------------------------------------------------------------------------------

    def _edited(self, name: str) -> None:
        if self._loading or self.session is None:
            return
        row = self.rows[name]
        self.session.set(name, row.editor.value())
        row.reason.setText("")
        self._refresh_states()
        self._problems_timer.start()
        self.changed.emit()

    def _source_edited(self, name: str) -> None:
        if self._loading:
            return
        row = self.rows[name]
        source = row.source.currentData() or ""
        row.document.setVisible(source == AnswerSource.RECORDS.value)
        if source:
            self.sources[name] = {"source": source, "document": " ".join(row.document.text().split())}
        else:
            self.sources.pop(name, None)
        self.changed.emit()

    def cycle_source(self, name: str) -> None:
        """F4: the answer's source goes round: as the sheet → interview → proxy → record → as the sheet.
        With "administration record" the document field joins the Enter order."""
        row = self.rows[name]
        row.source.setCurrentIndex((row.source.currentIndex() + 1) % row.source.count())

    def _show_source(self, name: str) -> None:
        row = self.rows[name]
        own = self.sources.get(name) or {}
        row.source.blockSignals(True)
        row.source.setCurrentIndex(max(row.source.findData(own.get("source", "")), 0))
        row.source.blockSignals(False)
        row.document.setText(own.get("document", ""))
        row.document.setVisible(own.get("source") == AnswerSource.RECORDS.value)

    def _reason_edited(self, name: str, text: str) -> None:
        if self._loading or self.session is None:
            return
        self.session.confirm(name, text)
        self._refresh_states()
        self._problems_timer.start()
        self.changed.emit()

    def _refresh_states(self) -> None:
        session = self.session
        if session is None:
            return
        for name, row in self.rows.items():
            state = session.state(name)
            if row.isHidden() == state.relevant:
                row.setVisible(state.relevant)
            if isinstance(row.editor, RepeatEditor):
                row.editor.fit(len(session.evaluation.rows.get(name, [])))
            self._refresh_row(name, state)
        # A heading shows only above a question that shows (no "Marital status" for a child).
        shown = {row.item.section for row in self.rows.values() if not row.isHidden()}
        for section, title in self.section_titles.items():
            title.setVisible(section in shown)

    def _refresh_row(self, name: str, state: ItemState | None = None) -> None:
        if self.session is None or name not in self.rows:
            return
        state = state or self.session.state(name)
        quiet = state.missing and not self.reveal and name not in self.visited
        self.rows[name].show_state(
            state.required,
            [] if quiet else [tr_message(m) for m in state.errors],
            [tr_message(m) for m in state.warnings],
            state.warned,
            state.reason,
            state.label,
        )

    def _fill_problems(self) -> None:
        session = self.session
        self.problems.clear()
        if session is None:
            return
        count = 0
        for name, level, message in session.problems():
            item = self.rows[name].item if name in self.rows else None
            number = f"{item.number}. " if item is not None and item.number else ""
            mark = "✖" if level == "error" else ("○" if level == "missing" else "⚠")
            entry = QListWidgetItem(f"{mark} {number}{tr_message(message)}")
            entry.setData(Qt.ItemDataRole.UserRole, name)
            entry.setToolTip(tr_message(message))
            self.problems.addItem(entry)
            count += 1
        self.problems_title.setText(self.tr("Problems: %n", "", count) if count else self.tr("No problems"))

    def _jump_to_problem(self, entry: QListWidgetItem) -> None:
        self.go_to(str(entry.data(Qt.ItemDataRole.UserRole)))

    # -- navigation ------------------------------------------------------------------------------

    def relevant_names(self) -> list[str]:
        if self.session is None:
            return []
        return [n for n in self.order if self.rows[n].editor is not None and self.session.state(n).relevant]

    def _stops(self) -> list[tuple[str, QWidget]]:
        """Where Enter and Tab stop: each relevant question, and its reason field under a warning."""
        stops: list[tuple[str, QWidget]] = []
        for name in self.relevant_names():
            row = self.rows[name]
            stops.append((name, row.editor))
            if not row.document.isHidden():
                stops.append((name, row.document))
            if not row.reason.isHidden():
                stops.append((name, row.reason))
        return stops

    def reveal_missing(self) -> None:
        """Show every unanswered required question (completing was tried)."""
        self.reveal = True
        self._refresh_states()

    def go_to(self, name: str, widget: QWidget | None = None) -> None:
        row = self.rows.get(name)
        if row is None:
            return
        if self.current is not None and self.current != name:
            self.visited.add(self.current)
            self._refresh_row(self.current)
        self.current = name
        if widget is None or widget is row.editor:
            row.focus_editor()
        else:
            widget.setFocus(Qt.FocusReason.TabFocusReason)
        self.scroll_area.ensureWidgetVisible(row, 0, 60)
        self.scroll_area.horizontalScrollBar().setValue(0)  # a question is read from its number on the left
        self.moved.emit(name)

    def _picked(self, editor: ClassifierEditor) -> None:
        """The Enter that picked an entry of a long list also moves on, once the list has closed
        and the window has the keyboard back (some platforms hand it back a moment later)."""
        self._move_on_from(editor, tries=20)

    def _move_on_from(self, editor: ClassifierEditor, tries: int) -> None:
        back = QApplication.activePopupWidget() is None and QApplication.activeWindow() is self.window()
        if not back and tries > 0:
            QTimer.singleShot(10, lambda: self._move_on_from(editor, tries - 1))
            return
        name = self._name_of(editor)
        if name is not None and name == self.current:
            self._sync_current()
            if self.step(True, editor):
                self._left_by_pick = editor

    def first(self) -> None:
        """The cursor at the first question still to answer (the register's answers are skipped),
        else at the first question."""
        names = self.relevant_names()
        if not names or self.session is None:
            return
        empty = [n for n in names if self.session.value(n) in (None, "", [])]
        self.go_to(empty[0] if empty else names[0])

    def step(self, forward: bool, origin: QObject | None = None) -> bool:
        stops = self._stops()
        if not stops:
            return False
        index = next((i for i, (_n, w) in enumerate(stops) if w is origin), None)
        if index is None and self.current is not None:
            index = next((i for i, (n, _w) in enumerate(stops) if n == self.current), None)
        if index is None:
            name, widget = stops[0] if forward else stops[-1]
            self.go_to(name, widget)
            return True
        index += 1 if forward else -1
        if 0 <= index < len(stops):
            name, widget = stops[index]
            self.go_to(name, widget)
            return True
        if forward:
            self.finished.emit()
        return False

    def _name_of(self, watched: QObject) -> str | None:
        for name, row in self.rows.items():
            editor = row.editor
            if editor is watched or row.reason is watched or row.document is watched:
                return name
            if isinstance(editor, QComboBox) and editor.lineEdit() is watched:
                return name
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusIn:
            assert isinstance(event, QFocusEvent)
            left = self._left_by_pick
            if left is not None and (watched is left or watched is left.lineEdit()) and event.reason() in _GIVEN_BACK:
                # The window got the keyboard back after the list closed and handed it to the list
                # the cursor has just left: it goes on to where the pick moved it.
                self._left_by_pick = None
                current = self.current
                if current is not None:
                    QTimer.singleShot(0, lambda: self.go_to(current))
                return False
            name = self._name_of(watched)
            if name is not None and name != self.current:
                self.current = name
                self.moved.emit(name)
        elif event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            self._left_by_pick = None
            key = event.key()
            combo = watched if isinstance(watched, ClassifierEditor) else None
            if combo is None and isinstance(watched, QLineEdit):
                parent = watched.parent()
                combo = parent if isinstance(parent, ClassifierEditor) else None
            if combo is not None:
                completer = combo.completer()
                popup = completer.popup() if completer is not None else None
                if popup is not None and popup.isVisible():
                    return False
                if key in _NEXT_KEYS:
                    combo._commit_text()
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key == Qt.Key.Key_F4 and mods == Qt.KeyboardModifier.NoModifier:
                name = self._name_of(combo if combo is not None else watched)
                if name is not None:
                    self.cycle_source(name)
                    return True
            if key in _NEXT_KEYS and mods == Qt.KeyboardModifier.NoModifier:
                self._sync_current()
                origin = combo if combo is not None else watched
                self.step(True, origin)
                return True
            if key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.ShiftModifier):
                self._sync_current()
                origin = combo if combo is not None else watched
                self.step(False, origin)
                return True
        return super().eventFilter(watched, event)

    def _sync_current(self) -> None:
        """The editor's value is in the session before moving (a typed classifier name, a date)."""
        if self.current is None or self.session is None:
            return
        row = self.rows[self.current]
        if row.editor is not None and row.editor.value() != self.session.value(self.current):
            self._edited(self.current)

    # -- what the page saves ----------------------------------------------------------------------

    def answers(self) -> dict[str, Any]:
        return self.session.answers() if self.session is not None else {}
