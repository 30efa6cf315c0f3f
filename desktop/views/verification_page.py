"""Double-entry verification: choose complete sheets, key them again blind, resolve the differences.

The second keying shows the same keyboard-first sheet as the sheets page, started from the register
only (never from the first keying).  The differences are shown side by side; keys 1 and 2 take the
first or the second keying for the current difference, and any other answer can be typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import double_entry as de
from desktop.domain.forms import Context
from desktop.domain.sheet_session import SheetSession
from desktop.domain.text import QT_TRANSLATE_NOOP
from desktop.services import entry, verification
from desktop.views import theme
from desktop.views.drafts import DraftSaver
from desktop.views.operations import OpWork, call
from desktop.views.page import Page
from desktop.views.sheet_widget import SheetWidget

if TYPE_CHECKING:
    from desktop.models.db import UnitOfWork

STATE_LABELS = {
    "chosen": QT_TRANSLATE_NOOP("VerificationPage", "waiting for the second keying"),
    "keying": QT_TRANSLATE_NOOP("VerificationPage", "second keying started"),
    "keyed": QT_TRANSLATE_NOOP("VerificationPage", "differences to resolve"),
    "resolved": QT_TRANSLATE_NOOP("VerificationPage", "verified"),
}


class VerificationPage(Page):
    page_id = "verification"

    #: The list was shown; tests wait on it.
    listed = Signal()
    #: A second keying or a comparison was shown (the verification id).
    shown = Signal(int)
    #: A write finished (second keying saved or compared, differences resolved).
    written = Signal()

    def __init__(self, ctx, runner, parent=None) -> None:
        super().__init__(ctx, runner, parent)
        self.rows: list[verification.VerificationRow] = []
        self.current: int | None = None
        self.revision = 0
        self.keying: verification.SecondKeying | None = None
        self.comparison: verification.Comparison | None = None
        self.drafts = DraftSaver(self, self.save)
        self.autosave = self.drafts.timer

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("verificationSummary")
        self.share = QSpinBox()
        self.share.setRange(1, 100)
        self.share.setValue(10)
        self.share.setSuffix(" %")
        self.choose_button = QPushButton(self.tr("Choose sheets to verify"))
        theme.with_icon(self.choose_button, "choose")
        self.choose_button.clicked.connect(self.choose)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        share_label = QLabel(self.tr("Share of complete sheets:"))
        share_label.setBuddy(self.share)
        top.addWidget(share_label)
        top.addWidget(self.share)
        top.addWidget(self.choose_button)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("verifications")
        self.table.setAccessibleName(self.tr("Sheets chosen for verification"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("State"),
                self.tr("First keying"),
                self.tr("Second keying"),
                self.tr("Differences"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.open(self.rows[index.row()].id))

        # -- the second keying -------------------------------------------------------------------
        self.sheet = SheetWidget()
        self.sheet.changed.connect(self._changed)
        self.sheet.moved.connect(lambda _n: self._save_if_changed())
        self.keying_title = QLabel()
        self.keying_title.setWordWrap(True)
        self.finish_button = QPushButton(self.tr("Finish the second keying and compare"))
        theme.with_icon(self.finish_button, "complete")
        self.finish_button.setToolTip("Ctrl+Enter")
        self.finish_button.clicked.connect(self.finish)
        keying = _pane(self.keying_title, self.sheet, [self.finish_button])

        # -- the differences --------------------------------------------------------------------
        self.compare_title = QLabel()
        self.compare_title.setWordWrap(True)
        self.differences = QTableWidget(0, 4)
        self.differences.setObjectName("differences")
        self.differences.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("First keying (1)"), self.tr("Second keying (2)"), self.tr("Right answer")]
        )
        self.differences.verticalHeader().setVisible(False)
        self.differences.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.differences.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.differences.setWordWrap(True)
        header = self.differences.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.differences.installEventFilter(self)
        self.resolve_button = QPushButton(self.tr("Apply to the sheet"))
        theme.with_icon(self.resolve_button, "check")
        self.resolve_button.setToolTip("Ctrl+Enter")
        self.resolve_button.clicked.connect(self.resolve)
        keys_hint = QLabel(self.tr("Keys: 1 — first keying, 2 — second keying, Enter — type the answer"))
        compare = _pane(self.compare_title, self.differences, [keys_hint, self.resolve_button])
        self.choices: dict[str, de.Resolution] = {}

        self.empty = QLabel(self.tr("Choose a sheet in the list to key it again or to resolve its differences."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(keying)
        self.stack.addWidget(compare)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.stack)
        splitter.setSizes([420, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        from PySide6.QtGui import QKeySequence, QShortcut

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._ctrl_enter)

    def title(self) -> str:
        return self.tr("Double entry")

    # -- the list ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.drafts.apply_settings()
        self.op(call(_listing), done=self._show_list)

    def _show_list(self, result: tuple[list[verification.VerificationRow], de.Summary]) -> None:
        rows, summary = result
        self.rows = rows
        self.summary.setText(
            self.tr(
                "Complete sheets: {complete}. Verified by double entry: {resolved} ({share}). "
                "Answers compared: {compared}; differences found: {found}; of them the first keying was "
                "corrected: {corrected}."
            ).format(
                complete=summary.complete_sheets,
                resolved=summary.resolved,
                share=f"{summary.share_verified:.0%}",
                compared=summary.answers_compared,
                found=summary.differences_found,
                corrected=summary.differences_corrected,
            )
        )
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = [
                row.full_name,
                self.tr(STATE_LABELS.get(row.state, row.state)),
                row.first_by,
                row.keyed_by,
                str(row.differences_found) if row.state in ("keyed", "resolved") else "",
            ]
            for column, text in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.listed.emit()

    def choose(self) -> None:
        def done(ids: list[int]) -> None:
            self.written.emit()
            self.refresh()
            if not ids:
                QMessageBox.information(
                    self, self.title(), self.tr("Every complete sheet has already been chosen for verification.")
                )

        self.op(call(verification.choose, share=self.share.value() / 100), done=done)

    # -- opening ----------------------------------------------------------------------------------

    def open(self, verification_id: int) -> None:
        self._save_if_changed()
        row = next((r for r in self.rows if r.id == verification_id), None)
        if row is None:
            return
        keyed = row.state in ("keyed", "resolved")
        work = call(verification.comparison, verification_id) if keyed else call(_open_second, verification_id)
        self.drafts.write(lambda: work, done=self._show)

    def _show(self, result: Any) -> None:
        if isinstance(result, verification.Comparison):
            self._show_comparison(result)
            return
        keying, form = result
        self.keying, self.comparison = keying, None
        self.current, self.revision, self.drafts.dirty = keying.verification_id, keying.revision, False
        self.keying_title.setText(
            self.tr("Second keying of {name} (IIN {iin}). Key the paper sheet; the first keying is not shown.").format(
                name=keying.person.full_name, iin=keying.person.iin or "—"
            )
        )
        session = SheetSession(
            form, keying.answers, lang=self.ctx.language.value, context=Context.for_campaign(self.ctx.campaign)
        )
        self.sheet.load(session, {})
        self.stack.setCurrentIndex(1)
        self.sheet.first()
        self.shown.emit(keying.verification_id)

    def _show_comparison(self, comparison: verification.Comparison) -> None:
        self.keying, self.comparison = None, comparison
        self.current, self.revision, self.drafts.dirty = comparison.verification_id, comparison.revision, False
        lang = self.ctx.language.value
        resolved = comparison.state == "resolved"
        self.compare_title.setText(
            (
                self.tr("{name}: verified; answers compared: {n}.")
                if resolved
                else self.tr("{name}: the keyings differ in {d} of {n} answers. Choose the right answer for each.")
            ).format(name=comparison.person.full_name, n=comparison.answers_compared, d=len(comparison.differences))
        )
        self.choices = {}
        self.differences.setRowCount(len(comparison.differences))
        for index, difference in enumerate(comparison.differences):
            label = f"{difference.number}. {difference.label.get(lang) or difference.label.get('ru', '')}"
            cells = [label, difference.first_text.get(lang, ""), difference.second_text.get(lang, ""), ""]
            for column, text in enumerate(cells):
                self.differences.setItem(index, column, QTableWidgetItem(text or "—"))
            if difference.choice:
                choice = de.Choice(difference.choice)
                self.choices[difference.name] = de.Resolution(difference.name, choice, difference.value)
                self._show_choice(index)
        self.differences.resizeRowsToContents()
        self.resolve_button.setVisible(not resolved)
        self.stack.setCurrentIndex(2)
        if comparison.differences:
            self.differences.setCurrentCell(0, 3)
        self.differences.setFocus()
        self.shown.emit(comparison.verification_id)

    # -- the second keying ------------------------------------------------------------------------

    def _changed(self) -> None:
        self.drafts.dirty = True

    def _save_if_changed(self) -> None:
        if self.drafts.dirty and self.keying is not None:
            self.save()

    def save(self) -> None:
        """Save the second keying (autosave, moving to another question); in the page's save queue."""
        if self.keying is None or self.current is None:
            return
        verification_id = self.current
        self.drafts.dirty = False

        def prepare() -> OpWork:
            answers = self.sheet.answers()
            return call(verification.save_second, verification_id, answers, expected_revision=self.revision)

        def done(revision: int) -> None:
            if self.current == verification_id:
                self.revision = revision
            self.written.emit()

        def failed(_error: BaseException) -> None:
            self.drafts.dirty = True

        self.drafts.write(prepare, done=done, failed=failed)

    def finish(self) -> None:
        """Finish the second keying and compare; after any save still on its way, with its revision."""
        if self.keying is None or self.current is None:
            return
        self.sheet._sync_current()
        verification_id = self.current
        self.drafts.dirty = False

        def prepare() -> OpWork:
            answers = self.sheet.answers()
            return call(verification.finish_second, verification_id, answers, expected_revision=self.revision)

        def done(comparison: verification.Comparison) -> None:
            self.written.emit()
            self.data_changed.emit()
            self.refresh()
            self._show_comparison(comparison)

        self.drafts.write(prepare, done=done)

    # -- resolving --------------------------------------------------------------------------------

    def _show_choice(self, index: int) -> None:
        assert self.comparison is not None
        difference = self.comparison.differences[index]
        resolution = self.choices.get(difference.name)
        if resolution is None:
            text = ""
        elif resolution.choice is de.Choice.FIRST:
            text = self.tr("1 — first keying")
        elif resolution.choice is de.Choice.SECOND:
            text = self.tr("2 — second keying")
        else:
            text = self.tr("typed: {value}").format(value=resolution.value)
        self.differences.setItem(index, 3, QTableWidgetItem(text))

    def pick(self, index: int, choice: de.Choice, value: Any = None) -> None:
        assert self.comparison is not None
        difference = self.comparison.differences[index]
        self.choices[difference.name] = de.Resolution(difference.name, choice, value)
        self._show_choice(index)
        if index + 1 < self.differences.rowCount():
            self.differences.setCurrentCell(index + 1, 3)

    def _type_value(self, index: int) -> None:
        editor = QLineEdit(self.differences)
        editor.setPlaceholderText(self.tr("the right answer, then Enter"))
        self.differences.setCellWidget(index, 3, editor)
        editor.setFocus()

        def commit() -> None:
            text = editor.text().strip()
            self.differences.removeCellWidget(index, 3)
            self.differences.setFocus()
            if text:
                self.pick(index, de.Choice.VALUE, _typed_value(text))

        editor.returnPressed.connect(commit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.differences and event.type() == QEvent.Type.KeyPress and self.comparison is not None:
            assert isinstance(event, QKeyEvent)
            index = self.differences.currentRow()
            if self.comparison.state == "keyed" and 0 <= index < self.differences.rowCount():
                if event.text() == "1":
                    self.pick(index, de.Choice.FIRST)
                    return True
                if event.text() == "2":
                    self.pick(index, de.Choice.SECOND)
                    return True
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                    self._type_value(index)
                    return True
        return super().eventFilter(watched, event)

    def resolve(self) -> None:
        if self.comparison is None or self.current is None:
            return

        def done(comparison: verification.Comparison) -> None:
            self.written.emit()
            self.data_changed.emit()
            self.refresh()
            self._show_comparison(comparison)

        work = call(
            verification.resolve, self.current, dict(self.choices), expected_revision=self.revision,
            campaign=self.ctx.campaign,
        )  # fmt: skip
        self.op(work, done=done)

    def _ctrl_enter(self) -> None:
        if self.stack.currentIndex() == 1:
            self.finish()
        elif self.stack.currentIndex() == 2:
            self.resolve()

    def can_close(self) -> bool:
        self._save_if_changed()
        return True


def _pane(title: QLabel, content: QWidget, bar: list[QWidget]) -> QWidget:
    """A title, the content under it, and a bar under that: the first widget of ``bar`` on the left,
    the last on the right."""
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(title)
    layout.addWidget(content, 1)
    row = QHBoxLayout()
    for widget in bar[:-1]:
        row.addWidget(widget)
    row.addStretch(1)
    row.addWidget(bar[-1])
    layout.addLayout(row)
    return pane


def _listing(uow: UnitOfWork) -> tuple[list[verification.VerificationRow], de.Summary]:
    return verification.list_verifications(uow), verification.summary(uow)


def _open_second(uow: UnitOfWork, verification_id: int) -> tuple[verification.SecondKeying, Any]:
    """The second keying and the form it is keyed on."""
    keying = verification.open_second(uow, verification_id)
    return keying, entry.form_version(uow, keying.form_id, keying.form_version)


def _typed_value(text: str) -> Any:
    """A typed answer: a whole number stays a number, the rest is text (the form checks it)."""
    stripped = text.strip()
    if stripped.lstrip("-").isdigit() and not stripped.startswith("0"):
        return int(stripped)
    return stripped
