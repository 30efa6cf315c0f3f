"""The census sheets page: a filtered list of persons on the left, the person's sheet on the right.

Designed for an employee who transcribes hundreds of sheets from administration records: the
mode and the document are set once, the sheet is filled with the keyboard alone, and "complete and
next" (Ctrl+Enter) moves to the next person of the list.  Drafts save by themselves every few
seconds (``autosave_seconds`` of the settings) and whenever the cursor moves to another question;
every save runs on the database thread, so typing never waits.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.accounts import Permission
from desktop.domain.entry import MODE_LABELS, AnswerSource, EntryMode
from desktop.domain.enums import COVERAGE_LABELS, CoverageStatus
from desktop.domain.errors import ConflictError, NeedsConfirmation, SanaqError
from desktop.domain.forms import Context
from desktop.domain.sheet_session import SheetSession
from desktop.services import entry, enumeration
from desktop.views.common import error_text, local_date, local_datetime, tr_message
from desktop.views.drafts import DraftSaver
from desktop.views.operations import OpWork, call
from desktop.views.page import Page
from desktop.views.print_preview import ask_pdf_path, print_pdf
from desktop.views.sheet_widget import SheetWidget
from desktop.views.windowed import FIRST_ROWS, WINDOW, Fetch, ListLoader, WindowedModel

if TYPE_CHECKING:
    from desktop.domain.campaign import Campaign
    from desktop.models.db import UnitOfWork

log = logging.getLogger(__name__)

_STATE_MARK = {"": "○", "empty": "○", "draft": "◐", "complete": "●"}


class PersonListModel(WindowedModel):
    """The list of the sheets page: one line per person, its sheet's state as a mark."""

    def __init__(self, fetch: Fetch, parent: QObject | None = None) -> None:
        super().__init__(fetch, 2, parent)

    def display(self, row: entry.PersonRow, column: int) -> str:
        """The state of the sheet and the name; in a column of its own, the birth date (so that a long
        name shortens, never the date)."""
        if column == 1:
            return local_date(row.birth_date)
        return f"{_STATE_MARK.get(row.sheet_state, '○')} {row.full_name}"

    def extra(self, row: entry.PersonRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.full_name}\n{SheetPage.tr_coverage(row.status)}"
        return None


class SheetPage(Page):
    page_id = "sheets"
    permission = Permission.CENSUS_WORK

    #: A sheet was shown (the person's id); tests and the benchmark wait on it.
    sheet_shown = Signal(int)
    #: A save finished (the new revision).
    saved = Signal(int)
    #: The list was recomputed (search, which persons, a change): how many persons it shows.
    rows_shown = Signal(int)

    def __init__(self, ctx, runner, parent=None) -> None:
        super().__init__(ctx, runner, parent)
        self.data: entry.SheetData | None = None
        self.person_id: int | None = None
        self.revision = 0
        self._opening: int | None = None
        #: The day the employee confirmed completing sheets outside the census period (asked once a day).
        self.outside_window_confirmed_on: dt.date | None = None
        self.drafts = DraftSaver(self, self.save)
        self.autosave = self.drafts.timer
        left = self._build_list()
        header = self._build_header()
        self._build_sheet_and_outcome()
        bar = self._build_action_bar()
        self._build_layout(left, header, bar)
        self._build_shortcuts()
        self._show_actions()

    def _build_list(self) -> QWidget:
        """The left side: which persons, the search, the windowed list of persons, their count."""
        self.which = QComboBox()
        for key, label in (
            ("to_fill", self.tr("To fill")),
            ("drafts", self.tr("Drafts")),
            ("complete", self.tr("Completed")),
            ("all", self.tr("Everybody")),
        ):
            self.which.addItem(label, key)
        self.which.setAccessibleName(self.tr("Which persons"))
        self.which.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or IIN"))
        self.search.setAccessibleName(self.search.placeholderText())
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.list_model = PersonListModel(self._fetch_rows, self)
        self.loader = ListLoader(self, self.list_model)
        # A one-column table that looks like a list: a QListView lays out all its rows when a long list
        # arrives (a second for 100,000), a table with fixed row heights does not.
        self.people = QTableView()
        self.people.setObjectName("people")
        self.people.setAccessibleName(self.tr("Persons"))
        self.people.setModel(self.list_model)
        header = self.people.horizontalHeader()
        header.setVisible(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, self.people.fontMetrics().horizontalAdvance("00.00.0000") + 16)
        self.people.verticalHeader().setVisible(False)
        self.people.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.people.verticalHeader().setDefaultSectionSize(self.people.fontMetrics().height() + 4)
        self.people.setShowGrid(False)
        self.people.setWordWrap(False)
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.activated.connect(self._person_chosen)
        self.people.clicked.connect(self._person_chosen)
        self.count_label = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.which)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.people, 1)
        left_layout.addWidget(self.count_label)
        return left

    def _build_header(self) -> QFormLayout:
        """The person's name and facts, the mode of enumeration, who answers, the document."""
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
        self.who_label.setBuddy(self.who)
        self.document_label.setBuddy(self.document)
        header = QFormLayout()
        header.addRow(self.tr("Mode of enumeration:"), self.mode)
        header.addRow(self.who_label, self.who)
        header.addRow(self.document_label, self.document)
        return header

    def _build_sheet_and_outcome(self) -> None:
        """The sheet, or (for online or refused) the outcome without a sheet, in one stack."""
        self.sheet = SheetWidget()
        self.sheet.changed.connect(self._changed)
        self.sheet.moved.connect(self._moved)
        self.sheet.finished.connect(self._at_end)
        self.outcome = QWidget()
        outcome_layout = QFormLayout(self.outcome)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("confirmation code from sanaq.gov.kz"))
        self.reason = QLineEdit()
        # The day of enumeration: the online code's own date (printed with the code), or the day of the refusal.
        self.outcome_date = QDateEdit(QDate.currentDate())
        self.outcome_date.setCalendarPopup(True)
        self.outcome_date.setDisplayFormat("dd.MM.yyyy")
        self.outcome_date_label = QLabel()
        self.code_label = QLabel(self.tr("Confirmation code:"))
        self.reason_label = QLabel(self.tr("Reason for the refusal:"))
        self.code_label.setBuddy(self.code)
        self.reason_label.setBuddy(self.reason)
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
        outcome_layout.addRow(self.outcome_date_label, self.outcome_date)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.take_back_button)
        buttons.addStretch(1)
        outcome_layout.addRow(buttons)
        outcome_layout.addRow(self.outcome_state)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.sheet)
        self.stack.addWidget(self.outcome)

    def _build_action_bar(self) -> QHBoxLayout:
        """The buttons under the sheet (the save state has a line of its own, so that the buttons fit
        in Kazakh too)."""
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
        bar = QHBoxLayout()  # the save state goes on its own line above (see _build_layout)
        bar.addStretch(1)
        for button in (self.reopen_button, self.print_button, self.save_button, self.complete_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            bar.addWidget(button)
        return bar

    def _build_layout(self, left: QWidget, header: QFormLayout, bar: QHBoxLayout) -> None:
        """The list on the left; on the right the person's sheet, or a hint while none is open."""
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
        right_layout.addWidget(self.status)
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
        splitter.setSizes([300, 860])  # the sheet keeps the room its questions need
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _build_shortcuts(self) -> None:
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

    @property
    def dirty(self) -> bool:
        """Something typed is not saved yet."""
        return self.drafts.dirty

    @dirty.setter
    def dirty(self, value: bool) -> None:
        self.drafts.dirty = value

    @property
    def writing(self) -> bool:
        return self.drafts.writing

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
        """Recompute the list: its first rows at once, then the whole list (see :class:`ListLoader`)."""
        self.drafts.apply_settings()
        which = entry.ListFilter(which=str(self.which.currentData()), search=self.search.text())

        def first_shown() -> None:
            self._select_in_list(self.person_id)
            if not self.people.currentIndex().isValid() and self.list_model.rowCount():
                self.people.setCurrentIndex(self.list_model.index(0, 0))  # Enter opens the first person

        def complete(_extra: None) -> None:
            self._select_in_list(self.person_id)
            count = self.list_model.rowCount()
            self.count_label.setText(self.tr("Persons: %n", "", count))
            self.rows_shown.emit(count)

        campaign = self.ctx.campaign
        self.loader.load(
            call(_first_window, which, campaign), call(_all_ids, which, campaign), first_shown=first_shown,
            complete=complete,
        )

    def _fetch_rows(self, ids: Sequence[int], deliver: Callable[[list[entry.PersonRow]], None]) -> None:
        self.op(call(entry.rows_by_ids, list(ids)), done=deliver)

    def _select_in_list(self, person_id: int | None) -> None:
        row = self.list_model.row_of(person_id) if person_id is not None else None
        if row is not None:
            self.people.setCurrentIndex(self.list_model.index(row, 0))

    @staticmethod
    def tr_coverage(status: str) -> str:
        from PySide6.QtCore import QCoreApplication

        try:
            return QCoreApplication.translate("coverage", COVERAGE_LABELS[CoverageStatus(status)])
        except ValueError:
            return status

    def _person_chosen(self, index: QModelIndex) -> None:
        person_id = self.list_model.id_at(index.row())
        if person_id is None:
            return
        if person_id != self.person_id:
            self.open_person(person_id)
        else:
            self.sheet.first()

    # -- opening ---------------------------------------------------------------------------------

    def open_person(self, person_id: int) -> None:
        """Show a person's sheet; what is typed in the current one is saved first (in order)."""
        if self.drafts.dirty and not self.drafts.blocked:
            self.save()
        self._opening = person_id

        def done(data: entry.SheetData) -> None:
            if self._opening == person_id:  # else another person was chosen meanwhile
                self._show(data)

        self.drafts.write(lambda: call(entry.open_sheet, person_id), done=done)

    def _show(self, data: entry.SheetData) -> None:
        self.data = data
        self.person_id = data.person.id
        self.revision = data.revision
        self.drafts.dirty = False
        self.drafts.blocked = False
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
        self._select_in_list(self.person_id)
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
        self.outcome_date_label.setText(self.tr("Date of the code:") if online else self.tr("Date of the refusal:"))
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
        self.drafts.dirty = True
        self.status.setText(self.tr("Changed — saving in a moment…"))
        self._show_actions()

    def _at_end(self) -> None:
        if self.drafts.dirty:
            self.save()
        self.status.setText(self.tr("End of the sheet: Ctrl+Enter completes it and opens the next person."))

    def _moved(self, _name: str) -> None:
        if self.drafts.dirty:
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

    def _write_sheet(self, function: Callable[..., entry.Saved], person_id: int, status: str) -> OpWork:
        """At its turn in the queue: the draft as it is now, with the revision the last save returned."""
        self.status.setText(status)
        return call(function, person_id, self.draft(), expected_revision=self.revision, campaign=self.ctx.campaign)

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save the draft now (autosave, Ctrl+S, moving to another question or person)."""
        if self.data is None or self.drafts.blocked or not self._mode().fills_sheet:
            if then is not None:
                then()
            return
        person_id = self.person_id
        assert person_id is not None
        self.drafts.dirty = False

        def done(result: entry.Saved) -> None:
            self._saved(person_id, result)
            if then is not None:
                then()

        self.drafts.write(
            lambda: self._write_sheet(entry.save_draft, person_id, self.tr("Saving…")),
            done=done,
            failed=self._save_failed,
        )

    def _saved(self, person_id: int, result: entry.Saved) -> None:
        if person_id != self.person_id or self.data is None:
            return
        self.revision = result.revision
        state_changed = result.state != self.data.state
        self.data = entry.replace_saved(self.data, result)
        if not self.drafts.dirty:
            self.status.setText(
                self.tr("Draft saved at {time}").format(time=QTime.currentTime().toString("HH:mm:ss"))
                if result.state != "complete"
                else self.tr("Complete; saved at {time}").format(time=QTime.currentTime().toString("HH:mm:ss"))
            )
        self._show_actions()
        self.saved.emit(result.revision)
        if state_changed:
            self.list_model.invalidate(person_id)
            self.data_changed.emit()

    def _save_failed(self, error: BaseException) -> bool:
        """A save that failed keeps the draft dirty; a conflict stops saving until the sheet is reopened.
        Errors a person can act on get the message box; others (a busy database) only the status line,
        and the next autosave tries again."""
        self.drafts.dirty = True
        if isinstance(error, ConflictError):
            self.drafts.blocked = True
            self.status.setText(self.tr("Not saved: the sheet was changed elsewhere."))
            return False
        self.status.setText(self.tr("Not saved: {reason}").format(reason=error_text(error)))
        return not isinstance(error, SanaqError)

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
        if not self._may_complete_today():
            return
        person_id = self.person_id
        assert person_id is not None
        next_id = entry.next_in(self.list_model.ids, person_id) if then_next else None
        self.drafts.dirty = False

        def done(result: entry.Saved) -> None:
            self._saved(person_id, result)
            self.data_changed.emit()
            if then_next:
                if next_id is not None:
                    self.open_person(next_id)
                else:
                    self.status.setText(self.tr("Complete. That was the last person of the list."))
            self.refresh()

        def complete(*args: Any, **kwargs: Any) -> entry.Saved:
            return entry.complete(*args, outside_window=True, **kwargs)  # confirmed just before, if need be

        self.drafts.write(
            lambda: self._write_sheet(complete, person_id, self.tr("Completing…")),
            done=done,
            failed=self._save_failed,
        )

    def _may_complete_today(self) -> bool:
        """A sheet completed today is dated today, and so is the person's certificate: outside the census
        period the employee confirms it (asked once a day, not at every sheet of a pile keyed late)."""
        campaign = self.ctx.campaign
        today = dt.datetime.now(campaign.timezone).date()
        if campaign.within_windows(today) or self.outside_window_confirmed_on == today:
            return True
        first, last = campaign.enumeration_window()
        answer = QMessageBox.question(
            self,
            self.title(),
            self.tr(
                "Today, {today}, is outside the census period ({first} – {last}). A sheet completed now is dated "
                "today, and so is the certificate of the person. Complete sheets with today's date?"
            ).format(today=local_date(today), first=local_date(first), last=local_date(last)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.status.setText(self.tr("Not completed: the date of enumeration is outside the census period."))
            return False
        self.outside_window_confirmed_on = today
        return True

    def go_next(self, backward: bool = False) -> None:
        ids = self.list_model.ids
        next_id = entry.next_in(ids[::-1] if backward else ids, self.person_id)
        if next_id is not None and next_id != self.person_id:
            self.open_person(next_id)

    def reopen(self) -> None:
        if self.data is None or self.person_id is None:
            return
        person_id = self.person_id

        def done(result: entry.Saved) -> None:
            self._saved(person_id, result)
            self.data_changed.emit()
            self.sheet.first()

        self.drafts.write(
            lambda: call(entry.reopen, person_id, expected_revision=self.revision), done=done, failed=self._save_failed
        )

    # -- outcomes without a sheet -------------------------------------------------------------

    def record_outcome(self, *, outside_window: bool = False) -> None:
        if self.person_id is None or self._mode().fills_sheet:
            return
        work = call(
            enumeration.record, mode=self._mode(), person_id=self.person_id, code=self.code.text(),
            reason=self.reason.text(), on=self.outcome_date.date().toPython(), campaign=self.ctx.campaign,
            outside_window=outside_window,
        )  # fmt: skip
        self._write_outcome(work, self.person_id, failed=self._confirm_outside_window)

    def _confirm_outside_window(self, error: BaseException) -> bool:
        """A date outside the census period: the employee confirms it (recorded then) or corrects it."""
        if not isinstance(error, NeedsConfirmation):
            return False
        answer = QMessageBox.question(
            self, self.title(), tr_message(error.message) + "\n\n" + self.tr("Record the outcome with this date?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.record_outcome(outside_window=True)
        else:
            self.outcome_date.setFocus()
        return True

    def take_back(self) -> None:
        if self.person_id is not None:
            self._write_outcome(call(enumeration.reset, self.person_id), self.person_id)

    def _write_outcome(
        self, work: OpWork, person_id: int, failed: Callable[[BaseException], bool] | None = None
    ) -> None:
        def done(_outcome: enumeration.Outcome) -> None:
            self.data_changed.emit()
            self.refresh()
            self.open_person(person_id)

        self.drafts.write(lambda: work, done=done, failed=failed)

    # -- the transcript --------------------------------------------------------------------------

    def print_transcript(self) -> None:
        """Save the transcript as a PDF (in the user's documents), then the print dialog with its preview."""
        if self.data is None or self.person_id is None or self.data.sheet_id is None:
            return
        if not self._filler_known():
            return
        name = self.tr("sheet-{name}.pdf").format(name=self.data.person.full_name.replace(" ", "_"))
        path = ask_pdf_path(self, self.tr("Save the transcript"), name)
        if path is None:
            return
        self.write_transcript(path, on_done=lambda result: print_pdf(self, self.runner, result, result.stem))

    def _filler_known(self) -> bool:
        """The transcript names the account that filled the sheet in: with nobody signed in (a database
        without accounts yet) it cannot, and the person is asked first."""
        if self.ctx.account is not None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Print transcript"),
            self.tr(
                "Nobody is signed in (this database has no accounts yet), so the transcript cannot say who "
                "filled the sheet in: it will say “not recorded”.\n\nPrint it anyway?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def write_transcript(self, path: Path, on_done: Callable[[Path], None] | None = None) -> None:
        person_id = self.person_id
        assert person_id is not None

        def done(result: Path) -> None:
            self.status.setText(self.tr("Transcript saved: {path}").format(path=str(result)))
            if on_done is not None:
                on_done(result)

        if self.drafts.dirty:
            self.save()
        self.drafts.write(lambda: call(entry.transcript, person_id, path, campaign=self.ctx.campaign), done=done)

    # -- closing ---------------------------------------------------------------------------------

    def can_close(self) -> bool:
        """The window closes: what is typed is saved (the window waits for the job runner)."""
        self.sheet._sync_current()
        if self.drafts.dirty and not self.drafts.blocked:
            self.save()
        if self.drafts.blocked and self.drafts.dirty:
            answer = QMessageBox.question(
                self,
                self.title(),
                self.tr(
                    "The last changes of this sheet could not be saved because it was changed elsewhere. Close anyway?"
                ),
            )
            return answer == QMessageBox.StandardButton.Yes
        return True


def _first_window(
    uow: UnitOfWork, which: entry.ListFilter, campaign: Campaign
) -> tuple[list[int], list[entry.PersonRow]]:
    ids = entry.person_ids(uow, which, campaign=campaign, limit=WINDOW)
    return ids, entry.rows_by_ids(uow, ids[:FIRST_ROWS])


def _all_ids(uow: UnitOfWork, which: entry.ListFilter, campaign: Campaign) -> tuple[list[int], None]:
    return entry.person_ids(uow, which, campaign=campaign), None


def show_person_sheet(window: Any, person_id: int) -> bool:
    """Open a person's sheet from anywhere in the window (e.g. the register's "Census sheet" action):
    switches to the sheets page and opens the person; False when the page is not in the window."""
    if not window.show_page(SheetPage.page_id):
        return False
    page = window.page(SheetPage.page_id)
    assert isinstance(page, SheetPage)
    page.open_person(person_id)
    return True
