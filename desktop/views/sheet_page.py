"""The census sheets page: a filtered list of persons on the left, the person's sheet on the right.

Designed for an employee who transcribes hundreds of sheets from administration records: the
mode and the document are set once, the sheet is filled with the keyboard alone, and "complete and
next" (Ctrl+Enter) moves to the next person of the list.  Drafts save by themselves every few
seconds and whenever the cursor moves to another question; every save runs on the database
thread, so typing never waits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.entry import MODE_LABELS, AnswerSource, EntryMode
from desktop.domain.enums import COVERAGE_LABELS, CoverageStatus
from desktop.domain.errors import ConflictError, SanaqError
from desktop.domain.forms import Context
from desktop.domain.sheet_session import SheetSession
from desktop.services import entry, enumeration
from desktop.views.common import error_text, local_date, local_datetime, show_error, tr_message
from desktop.views.page import Page
from desktop.views.sheet_widget import SheetWidget

log = logging.getLogger(__name__)

#: How often a changed draft is saved while typing (milliseconds).
AUTOSAVE_MS = 3000

_STATE_MARK = {"": "○", "empty": "○", "draft": "◐", "complete": "●"}


class SheetPage(Page):
    page_id = "sheets"

    #: A sheet was shown (the person's id); tests and the benchmark wait on it.
    sheet_shown = Signal(int)
    #: A save finished (the new revision).
    saved = Signal(int)

    def __init__(self, ctx, runner, parent=None) -> None:
        super().__init__(ctx, runner, parent)
        self.data: entry.SheetData | None = None
        self.person_id: int | None = None
        self.revision = 0
        self.rows: list[entry.PersonRow] = []
        self.dirty = False
        self.writing = False
        self.queue: list[Callable[[], None]] = []
        self.blocked = False  # a conflict stops autosave until the sheet is reopened
        self._opening: int | None = None

        # -- the list ------------------------------------------------------------------------
        self.which = QComboBox()
        for key, label in (
            ("to_fill", self.tr("To fill")),
            ("drafts", self.tr("Drafts")),
            ("complete", self.tr("Completed")),
            ("all", self.tr("Everybody")),
        ):
            self.which.addItem(label, key)
        self.which.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or IIN"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.people = QListWidget()
        self.people.setObjectName("people")
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.people.setUniformItemSizes(True)
        self.people.itemActivated.connect(self._person_chosen)
        self.people.itemClicked.connect(self._person_chosen)
        self.count_label = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.which)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.people, 1)
        left_layout.addWidget(self.count_label)

        # -- the header of a person ------------------------------------------------------------
        self.person_label = QLabel()
        self.person_label.setObjectName("personLabel")
        self.person_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.person_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.person_label.setFont(font)
        self.person_facts = QLabel()
        self.person_facts.setWordWrap(True)
        self.person_facts.setTextFormat(Qt.TextFormat.PlainText)
        self.mode = QComboBox()
        for mode in EntryMode:
            self.mode.addItem(self.tr_entry(MODE_LABELS[mode]), mode.value)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.who = QComboBox()
        self.who.addItem(self.tr("The person answers"), AnswerSource.INTERVIEW.value)
        self.who.addItem(self.tr("A staff member answers (proxy)"), AnswerSource.PROXY.value)
        self.who.currentIndexChanged.connect(self._defaults_changed)
        self.document = QLineEdit()
        self.document.setPlaceholderText(self.tr("e.g. personal file, medical record"))
        self.document.editingFinished.connect(self._defaults_changed)
        self.who_label = QLabel(self.tr("Who answers:"))
        self.document_label = QLabel(self.tr("Document:"))
        header = QFormLayout()
        header.addRow(self.tr("Mode of enumeration:"), self.mode)
        header.addRow(self.who_label, self.who)
        header.addRow(self.document_label, self.document)

        # -- the sheet, or the outcome without a sheet ---------------------------------------
        self.sheet = SheetWidget()
        self.sheet.changed.connect(self._changed)
        self.sheet.moved.connect(self._moved)
        self.sheet.finished.connect(self._at_end)
        self.outcome = QWidget()
        outcome_layout = QFormLayout(self.outcome)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("confirmation code from sanaq.gov.kz"))
        self.reason = QLineEdit()
        self.code_label = QLabel(self.tr("Confirmation code:"))
        self.reason_label = QLabel(self.tr("Reason for the refusal:"))
        self.record_button = QPushButton(self.tr("Record the outcome"))
        self.record_button.clicked.connect(self.record_outcome)
        self.code.returnPressed.connect(self.record_outcome)
        self.reason.returnPressed.connect(self.record_outcome)
        self.take_back_button = QPushButton(self.tr("Take the outcome back"))
        self.take_back_button.clicked.connect(self.take_back)
        self.outcome_state = QLabel()
        self.outcome_state.setWordWrap(True)
        outcome_layout.addRow(self.code_label, self.code)
        outcome_layout.addRow(self.reason_label, self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.take_back_button)
        buttons.addStretch(1)
        outcome_layout.addRow(buttons)
        outcome_layout.addRow(self.outcome_state)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.sheet)
        self.stack.addWidget(self.outcome)

        # -- the action bar --------------------------------------------------------------------
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(lambda: self.save())
        self.complete_button = QPushButton(self.tr("Complete"))
        self.complete_button.setToolTip("Ctrl+Shift+Enter")
        self.complete_button.clicked.connect(lambda: self.complete(then_next=False))
        self.next_button = QPushButton(self.tr("Complete and next"))
        self.next_button.setToolTip("Ctrl+Enter")
        self.next_button.setDefault(False)
        self.next_button.clicked.connect(lambda: self.complete(then_next=True))
        self.reopen_button = QPushButton(self.tr("Correct"))
        self.reopen_button.setToolTip(self.tr("Make the complete sheet a draft again to correct it"))
        self.reopen_button.clicked.connect(self.reopen)
        self.print_button = QPushButton(self.tr("Print transcript…"))
        self.print_button.setToolTip("Ctrl+P")
        self.print_button.clicked.connect(self.print_transcript)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        for button in (self.reopen_button, self.print_button, self.save_button, self.complete_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            bar.addWidget(button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.person_label)
        right_layout.addWidget(self.person_facts)
        right_layout.addLayout(header)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        right_layout.addWidget(line)
        self.keys_hint = QLabel(
            self.tr(
                "Enter or Tab: next question · Shift+Tab: back · digits: choose · F4: source of the answer · "
                "Ctrl+Enter: complete and next · Ctrl+S: save"
            )
        )
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setStyleSheet("color: palette(placeholder-text);")
        right_layout.addWidget(self.keys_hint)
        right_layout.addWidget(self.stack, 1)
        right_layout.addLayout(bar)
        self.empty_label = QLabel(self.tr("Choose a person in the list (Ctrl+L) to fill their census sheet."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.right_stack = QStackedWidget()
        self.right_stack.addWidget(self.empty_label)
        self.right_stack.addWidget(right)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right_stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([330, 830])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        for keys, slot in (
            ("Ctrl+S", lambda: self.save()),
            ("Ctrl+Return", lambda: self.complete(then_next=True)),
            ("Ctrl+Enter", lambda: self.complete(then_next=True)),
            ("Ctrl+Shift+Return", lambda: self.complete(then_next=False)),
            ("Ctrl+PgDown", lambda: self.go_next()),
            ("Ctrl+PgUp", lambda: self.go_next(backward=True)),
            ("Ctrl+P", self.print_transcript),
            ("Ctrl+L", self.people.setFocus),
            ("Ctrl+F", self.search.setFocus),
            ("Ctrl+M", self.mode.setFocus),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self._autosave)
        self.autosave.start()
        self._show_actions()

    @staticmethod
    def tr_entry(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("entry", text)

    def title(self) -> str:
        return self.tr("Census sheets")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Arriving on the page puts the keyboard in the work: the open sheet, else the list."""
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_work)

    def _focus_work(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            return
        if self.data is not None and self.sheet.current is not None and self.stack.currentWidget() is self.sheet:
            self.sheet.go_to(self.sheet.current)
        else:
            self.people.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the list --------------------------------------------------------------------------------

    def refresh(self) -> None:
        which = entry.ListFilter(which=str(self.which.currentData()), search=self.search.text())

        def work(progress):
            with self.ctx.uow() as uow:
                return entry.list_persons(uow, which)

        self.runner.submit(work, on_done=self._show_list, on_error=lambda e: show_error(self, e))

    def _show_list(self, rows: list[entry.PersonRow]) -> None:
        self.rows = rows
        self.people.blockSignals(True)
        self.people.clear()
        for row in rows:
            born = local_date(row.birth_date)
            text = f"{_STATE_MARK.get(row.sheet_state, '○')} {row.full_name}"
            if born:
                text += f"  ·  {born}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(f"{row.full_name}\n{self.tr_coverage(row.status)}")
            self.people.addItem(item)
            if row.id == self.person_id:
                self.people.setCurrentItem(item)
        if self.people.currentRow() < 0 and self.people.count():
            self.people.setCurrentRow(0)  # Enter opens the first person of the list
        self.people.blockSignals(False)
        self.count_label.setText(self.tr("Persons: %n", "", len(rows)))

    @staticmethod
    def tr_coverage(status: str) -> str:
        from PySide6.QtCore import QCoreApplication

        try:
            return QCoreApplication.translate("coverage", COVERAGE_LABELS[CoverageStatus(status)])
        except ValueError:
            return status

    def _person_chosen(self, item: QListWidgetItem) -> None:
        person_id = int(item.data(Qt.ItemDataRole.UserRole))
        if person_id != self.person_id:
            self.open_person(person_id)
        else:
            self.sheet.first()

    # -- opening ---------------------------------------------------------------------------------

    def open_person(self, person_id: int) -> None:
        """Show a person's sheet; what is typed in the current one is saved first (in order)."""
        if self.dirty and not self.blocked:
            self.save()
        self._opening = person_id

        def work(progress):
            with self.ctx.uow() as uow:
                return entry.open_sheet(uow, person_id)

        def done(data: entry.SheetData) -> None:
            if self._opening != person_id:
                return  # another person was chosen meanwhile
            self._show(data)

        self._enqueue(lambda: self.runner.submit(work, on_done=done, on_error=self._failed_open))

    def _failed_open(self, error: BaseException) -> None:
        self._write_ended()
        show_error(self, error)

    def _show(self, data: entry.SheetData) -> None:
        self._write_ended()
        self.data = data
        self.person_id = data.person.id
        self.revision = data.revision
        self.dirty = False
        self.blocked = False
        person = data.person
        self.person_label.setText(person.full_name)
        facts = [
            self.tr("IIN: {iin}").format(iin=person.iin or "—"),
            self.tr("born {date}").format(date=local_date(person.birth_date) or "—"),
        ]
        if person.unit:
            facts.append(person.unit)
        facts.append(self.tr_coverage(person.status))
        self.person_facts.setText("  ·  ".join(facts))
        session = SheetSession.open(data, lang=self.ctx.language.value, context=Context.for_campaign(self.ctx.campaign))
        self.sheet.load(session, data.sources)
        self._set_header(data)
        self.right_stack.setCurrentIndex(1)
        self._show_actions()
        if data.changes:
            self.status.setText(" ".join(tr_message(m) for m in data.changes))
        elif data.sheet_id is None:
            self.status.setText(self.tr("New sheet, prefilled from the register."))
        else:
            self.status.setText(self.tr("Last saved {time}").format(time=local_datetime(data.saved_at)))
        for row in range(self.people.count()):
            if self.people.item(row).data(Qt.ItemDataRole.UserRole) == self.person_id:
                self.people.setCurrentRow(row)
                break
        if self.stack.currentWidget() is self.sheet:
            self.sheet.first()
        self.sheet_shown.emit(self.person_id)

    def _set_header(self, data: entry.SheetData) -> None:
        for widget in (self.mode, self.who, self.document):
            widget.blockSignals(True)
        status = data.person.status
        mode = EntryMode(status) if status in (m.value for m in EntryMode) else data.mode
        self.mode.setCurrentIndex(max(self.mode.findData(mode.value), 0))
        self.who.setCurrentIndex(max(self.who.findData(data.default_source), 0))
        self.document.setText(data.default_document)
        self.code.setText(data.person.online_code or "")
        self.reason.setText(data.person.status_reason if status == CoverageStatus.REFUSED.value else "")
        for widget in (self.mode, self.who, self.document):
            widget.blockSignals(False)
        self._mode_widgets()

    def _mode(self) -> EntryMode:
        return EntryMode(str(self.mode.currentData()))

    def _mode_widgets(self) -> None:
        mode = self._mode()
        self.stack.setCurrentWidget(self.sheet if mode.fills_sheet else self.outcome)
        self.who.setVisible(mode is EntryMode.INTERVIEW)
        self.who_label.setVisible(mode is EntryMode.INTERVIEW)
        self.document.setVisible(mode is EntryMode.RECORDS)
        self.document_label.setVisible(mode is EntryMode.RECORDS)
        online = mode is EntryMode.ONLINE
        self.code.setVisible(online)
        self.code_label.setVisible(online)
        self.reason.setVisible(not online)
        self.reason_label.setVisible(not online)
        status = self.data.person.status if self.data else ""
        recorded = status in (CoverageStatus.ONLINE.value, CoverageStatus.REFUSED.value)
        self.take_back_button.setVisible(recorded)
        self.outcome_state.setText(self.tr_coverage(status) if recorded else "")
        self._show_actions()

    def _show_actions(self) -> None:
        has = self.data is not None
        fills = has and self._mode().fills_sheet
        complete = has and self.data is not None and self.data.state == "complete"
        self.save_button.setEnabled(bool(fills))
        self.complete_button.setEnabled(bool(fills))
        self.next_button.setEnabled(bool(fills))
        self.reopen_button.setVisible(bool(complete))
        self.print_button.setEnabled(bool(has and self.data is not None and self.data.sheet_id is not None))

    # -- editing ---------------------------------------------------------------------------------

    def _mode_changed(self, _index: int) -> None:
        mode = self._mode()
        self._mode_widgets()
        if mode.fills_sheet:
            self._changed()
            self.sheet.first()
        elif mode is EntryMode.ONLINE:
            self.code.setFocus()
        else:
            self.reason.setFocus()

    def _defaults_changed(self) -> None:
        if self.data is not None and (
            self.document.text() != self.data.default_document or self._default_source() != self.data.default_source
        ):
            self._changed()

    def _default_source(self) -> str:
        if self._mode() is EntryMode.RECORDS:
            return AnswerSource.RECORDS.value
        return str(self.who.currentData())

    def _changed(self) -> None:
        if self.data is None:
            return
        self.dirty = True
        self.status.setText(self.tr("Changed — saving in a moment…"))
        self._show_actions()

    def _at_end(self) -> None:
        if self.dirty:
            self.save()
        self.status.setText(self.tr("End of the sheet: Ctrl+Enter completes it and opens the next person."))

    def _moved(self, _name: str) -> None:
        if self.dirty:
            self.save()

    def _autosave(self) -> None:
        if self.dirty and not self.writing and not self.blocked:
            self.save()

    def draft(self) -> entry.Draft:
        return entry.Draft(
            answers=self.sheet.answers(),
            sources=self.sheet.sources,
            default_source=self._default_source(),
            default_document=" ".join(self.document.text().split()),
            confirmed_warnings=self.sheet.session.confirmed if self.sheet.session else {},
        )

    # -- writing, one at a time and in order -----------------------------------------------------

    def _enqueue(self, start: Callable[[], Any]) -> None:
        if self.writing:
            self.queue.append(start)
            return
        self.writing = True
        start()

    def _write_ended(self) -> None:
        self.writing = False
        if self.queue:
            self.writing = True
            self.queue.pop(0)()

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save the draft now (autosave, Ctrl+S, moving to another question or person)."""
        if self.data is None or self.blocked or not self._mode().fills_sheet:
            if then is not None:
                then()
            return
        person_id = self.person_id
        assert person_id is not None
        self.dirty = False

        def start() -> None:
            draft, expected = self.draft(), self.revision
            self.status.setText(self.tr("Saving…"))

            def work(progress):
                with self.ctx.uow() as uow:
                    return entry.save_draft(
                        uow, person_id, draft, expected_revision=expected, campaign=self.ctx.campaign
                    )

            def done(result: entry.Saved) -> None:
                self._saved(person_id, result)
                self._write_ended()
                if then is not None:
                    then()

            self.runner.submit(work, on_done=done, on_error=lambda e: self._save_failed(e))

        self._enqueue(start)

    def _saved(self, person_id: int, result: entry.Saved) -> None:
        if person_id != self.person_id or self.data is None:
            return
        self.revision = result.revision
        state_changed = result.state != self.data.state
        self.data = entry.replace_saved(self.data, result)
        if not self.dirty:
            self.status.setText(
                self.tr("Draft saved at {time}").format(time=QTime.currentTime().toString("HH:mm:ss"))
                if result.state != "complete"
                else self.tr("Complete; saved at {time}").format(time=QTime.currentTime().toString("HH:mm:ss"))
            )
        self._show_actions()
        self.saved.emit(result.revision)
        if state_changed:
            self._update_row(person_id, result.state)
            self.data_changed.emit()

    def _update_row(self, person_id: int, state: str) -> None:
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                text = item.text()
                item.setText(_STATE_MARK.get(state, "○") + text[1:])

    def _save_failed(self, error: BaseException) -> None:
        self._write_ended()
        self.dirty = True
        if isinstance(error, ConflictError):
            self.blocked = True
            self.status.setText(self.tr("Not saved: the sheet was changed elsewhere."))
            show_error(self, error)
            return
        self.status.setText(self.tr("Not saved: {reason}").format(reason=error_text(error)))
        if isinstance(error, SanaqError):
            show_error(self, error)

    def complete(self, *, then_next: bool) -> None:
        if self.data is None or not self._mode().fills_sheet:
            return
        self.sheet._sync_current()
        session = self.sheet.session
        if session is not None:
            problems = session.problems()
            if problems:
                self.sheet.reveal_missing()
                self.status.setText(self.tr("The sheet cannot be completed yet: see the problems on the right."))
                self.sheet.go_to(problems[0][0])
                return
        person_id = self.person_id
        assert person_id is not None
        next_id = entry.next_in(self.rows, person_id) if then_next else None
        self.dirty = False

        def start() -> None:
            draft, expected = self.draft(), self.revision
            self.status.setText(self.tr("Completing…"))

            def work(progress):
                with self.ctx.uow() as uow:
                    return entry.complete(uow, person_id, draft, expected_revision=expected, campaign=self.ctx.campaign)

            def done(result: entry.Saved) -> None:
                self._saved(person_id, result)
                self._write_ended()
                self.data_changed.emit()
                if then_next:
                    if next_id is not None:
                        self.open_person(next_id)
                    else:
                        self.status.setText(self.tr("Complete. That was the last person of the list."))
                self.refresh()

            self.runner.submit(work, on_done=done, on_error=self._save_failed)

        self._enqueue(start)

    def go_next(self, backward: bool = False) -> None:
        rows = list(reversed(self.rows)) if backward else self.rows
        next_id = entry.next_in(rows, self.person_id)
        if next_id is not None and next_id != self.person_id:
            self.open_person(next_id)

    def reopen(self) -> None:
        if self.data is None or self.person_id is None:
            return
        person_id = self.person_id

        def start() -> None:
            expected = self.revision

            def work(progress):
                with self.ctx.uow() as uow:
                    return entry.reopen(uow, person_id, expected_revision=expected)

            def done(result: entry.Saved) -> None:
                self._saved(person_id, result)
                self._write_ended()
                self.data_changed.emit()
                self.sheet.first()

            self.runner.submit(work, on_done=done, on_error=self._save_failed)

        self._enqueue(start)

    # -- outcomes without a sheet -------------------------------------------------------------

    def record_outcome(self) -> None:
        if self.person_id is None:
            return
        mode = self._mode()
        if mode.fills_sheet:
            return
        person_id, code, reason = self.person_id, self.code.text(), self.reason.text()

        def start() -> None:
            def work(progress):
                with self.ctx.uow() as uow:
                    return enumeration.record(uow, mode=mode, person_id=person_id, code=code, reason=reason)

            def done(_outcome: enumeration.Outcome) -> None:
                self._write_ended()
                self.data_changed.emit()
                self.refresh()
                self.open_person(person_id)

            def failed(error: BaseException) -> None:
                self._write_ended()
                show_error(self, error)

            self.runner.submit(work, on_done=done, on_error=failed)

        self._enqueue(start)

    def take_back(self) -> None:
        if self.person_id is None:
            return
        person_id = self.person_id

        def start() -> None:
            def work(progress):
                with self.ctx.uow() as uow:
                    return enumeration.reset(uow, person_id)

            def done(_outcome: enumeration.Outcome) -> None:
                self._write_ended()
                self.data_changed.emit()
                self.refresh()
                self.open_person(person_id)

            def failed(error: BaseException) -> None:
                self._write_ended()
                show_error(self, error)

            self.runner.submit(work, on_done=done, on_error=failed)

        self._enqueue(start)

    # -- the transcript --------------------------------------------------------------------------

    def print_transcript(self) -> None:
        if self.data is None or self.person_id is None or self.data.sheet_id is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("sheet-{name}.pdf").format(name=self.data.person.full_name.replace(" ", "_"))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the transcript"), str(Path(folder) / name), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        self.write_transcript(Path(path))

    def write_transcript(self, path: Path, on_done: Callable[[Path], None] | None = None) -> None:
        person_id = self.person_id
        assert person_id is not None

        def run() -> None:
            def work(progress):
                with self.ctx.uow() as uow:
                    return entry.transcript(uow, person_id, path, campaign=self.ctx.campaign)

            def done(result: Path) -> None:
                self._write_ended()
                self.status.setText(self.tr("Transcript saved: {path}").format(path=str(result)))
                if on_done is not None:
                    on_done(result)

            def failed(error: BaseException) -> None:
                self._write_ended()
                show_error(self, error)

            self.runner.submit(work, on_done=done, on_error=failed)

        if self.dirty:
            self.save()
        self._enqueue(run)

    # -- closing ---------------------------------------------------------------------------------

    def can_close(self) -> bool:
        """The window closes: what is typed is saved (the window waits for the job runner)."""
        self.sheet._sync_current()
        if self.dirty and not self.blocked:
            self.save()
        if self.blocked and self.dirty:
            answer = QMessageBox.question(
                self,
                self.title(),
                self.tr("The last changes of this sheet could not be saved because it was changed elsewhere. "
                        "Close anyway?"),
            )
            return answer == QMessageBox.StandardButton.Yes
        return True


def show_person_sheet(window: Any, person_id: int) -> bool:
    """Open a person's sheet from anywhere in the window (e.g. the register's "Census sheet" action):
    switches to the sheets page and opens the person; False when the page is not in the window."""
    if not window.show_page(SheetPage.page_id):
        return False
    page = window.page(SheetPage.page_id)
    assert isinstance(page, SheetPage)
    page.open_person(person_id)
    return True
