"""Filling a person's census sheet: open it prefilled, save drafts, complete it, walk a list.

Every save is one transaction on the sheet row, guarded by the row's revision: a draft is never
half-written, and two employees on a shared database cannot silently overwrite each other.  On
SQLite the database runs in WAL mode, so a program or computer that stops loses at most the save
that was being written, never an earlier one.

Completing a sheet checks it with the form engine (no errors, every warning confirmed) and sets
the person's coverage status to interview or records, by the sheet's mode.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.domain import audit, forms
from desktop.domain.accounts import Permission
from desktop.domain.audit import Event, Kind
from desktop.domain.campaign import Campaign
from desktop.domain.entry import (
    MODE_NAMES,
    SOURCE_NAMES,
    AnswerSource,
    EntryMode,
    clean_sources,
    parse_source,
    source_of,
)
from desktop.domain.enums import CoverageStatus
from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.sheet_session import display, numbers
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.models.base import utcnow
from desktop.models.db import UnitOfWork
from desktop.models.entities import Employee, Person, Unit
from desktop.models.sheets import Sheet
from desktop.services import accounts, after_close
from desktop.services.enumeration import check_window, employee_id_for
from desktop.services.forms import sheet_metadata
from desktop.services.register import name_search, present_at

CTX = "entry"


def _t(text: str, **params: Any) -> Message:
    return Message("entry", text, params)


# -- plain data ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonCard:
    id: int
    uuid: str
    full_name: str
    iin: str | None
    birth_date: dt.date | None
    sex: str | None
    status: str
    unit: str
    online_code: str | None
    status_reason: str


@dataclass(frozen=True)
class SheetData:
    """What the sheet screen needs to show one person's sheet."""

    person: PersonCard
    #: The form definition (a pure domain object; the screen evaluates answers with it).
    form: forms.Form
    sheet_id: int | None  # None until the first save
    revision: int
    form_id: str
    form_version: str
    answers: dict[str, Any]
    sources: dict[str, dict[str, str]]
    default_source: str
    default_document: str
    confirmed_warnings: dict[str, str]
    state: str
    completed_at: dt.datetime | None
    completed_by: str
    mode: EntryMode
    #: Messages about the form version changing since the sheet was started.
    changes: list[Message] = field(default_factory=list)
    saved_at: dt.datetime | None = None

    @property
    def complete(self) -> bool:
        return self.state == "complete"


@dataclass(frozen=True)
class Saved:
    sheet_id: int
    revision: int
    state: str
    saved_at: dt.datetime
    person_status: str


@dataclass(frozen=True)
class Draft:
    """What the screen sends to be saved."""

    answers: Mapping[str, Any]
    sources: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    default_source: str = AnswerSource.INTERVIEW.value
    default_document: str = ""
    confirmed_warnings: Mapping[str, str] = field(default_factory=dict)
    # Where the answers were taken from (an administration file's name); None keeps what is stored.
    prefilled_from: str | None = None


@dataclass(frozen=True)
class ListFilter:
    """Which persons the sheet screen walks through ("save and next")."""

    #: "to_fill" (no complete sheet and no outcome), "drafts", "complete", "all".
    which: str = "to_fill"
    unit_id: int | None = None
    search: str = ""


@dataclass(frozen=True)
class PersonRow:
    id: int
    full_name: str
    iin: str | None
    birth_date: dt.date | None
    status: str
    sheet_state: str  # "", "empty", "draft", "complete"
    unit: str


# -- reading -------------------------------------------------------------------------------------


def _full_name(person: Person) -> str:
    return " ".join(part for part in (person.surname, person.name, person.patronymic) if part)


def _card(person: Person) -> PersonCard:
    return PersonCard(
        id=person.id,
        uuid=person.uuid,
        full_name=_full_name(person),
        iin=person.iin,
        birth_date=person.birth_date,
        sex=person.sex,
        status=person.status,
        unit=person.unit.name if person.unit is not None else "",
        online_code=person.online_code,
        status_reason=person.status_reason or "",
    )


def _person(uow: UnitOfWork, person_id: int) -> Person:
    person = uow.session.get(Person, person_id)
    if person is None:
        raise NotFoundError(_t(QT_TRANSLATE_NOOP("entry", "The person is no longer in the register.")))
    return person


def _sheet_of(uow: UnitOfWork, person_id: int) -> Sheet | None:
    return uow.session.scalar(select(Sheet).where(Sheet.person_id == person_id))


def mode_of(default_source: str, person_status: str | None = None) -> EntryMode:
    """The mode of a sheet: the person's status once complete, else its default source."""
    if person_status in (CoverageStatus.INTERVIEW.value, CoverageStatus.RECORDS.value):
        return EntryMode(person_status)
    return EntryMode.RECORDS if default_source == AnswerSource.RECORDS.value else EntryMode.INTERVIEW


def _employee_name(uow: UnitOfWork, employee_id: int | None) -> str:
    if employee_id is None:
        return ""
    return uow.session.scalar(select(Employee.full_name).where(Employee.id == employee_id)) or ""


def open_sheet(uow: UnitOfWork, person_id: int) -> SheetData:
    """The person's sheet as stored, or a new one prefilled from the register (nothing is written)."""
    person = _person(uow, person_id)
    row = _sheet_of(uow, person_id)
    card = _card(person)
    if row is None:
        form = person_form(uow)
        answers = prefill(form, person)
        return SheetData(
            person=card,
            form=form,
            sheet_id=None,
            revision=0,
            form_id=form.form_id,
            form_version=form.version,
            answers=answers,
            sources={},
            default_source=AnswerSource.RECORDS.value,
            default_document="",
            confirmed_warnings={},
            state="empty",
            completed_at=None,
            completed_by="",
            mode=EntryMode.RECORDS,
        )
    form, changes = form_for_sheet(uow, row)
    return SheetData(
        person=card,
        form=form,
        sheet_id=row.id,
        revision=row.revision,
        form_id=form.form_id,
        form_version=form.version,
        answers=dict(row.answers or {}),
        sources=clean_sources(row.sources),
        default_source=row.default_source,
        default_document=row.default_document,
        confirmed_warnings={str(k): str(v) for k, v in (row.confirmed_warnings or {}).items()},
        state=row.state,
        completed_at=row.completed_at,
        completed_by=_employee_name(uow, row.completed_by),
        mode=mode_of(row.default_source, person.status),
        changes=changes,
        saved_at=row.updated_at,
    )


def replace_saved(data: SheetData, saved: Saved) -> SheetData:
    """The shown sheet after a save: its id, revision and state as stored."""
    return replace(data, sheet_id=saved.sheet_id, revision=saved.revision, state=saved.state, saved_at=saved.saved_at)


# -- writing -------------------------------------------------------------------------------------


def _check_revision(row: Sheet | None, expected: int) -> None:
    stored = row.revision if row is not None else 0
    if stored != expected:
        raise ConflictError(
            _t(
                QT_TRANSLATE_NOOP(
                    "entry",
                    "This sheet was changed elsewhere (by another employee or window) since it was opened. "
                    "Reopen it to see the latest answers.",
                )
            ),
            code="sheet.changed",
        )


def _write(uow: UnitOfWork, person_id: int | None, row: Sheet | None, draft: Draft, form: forms.Form) -> Sheet:
    default = parse_source(draft.default_source) or AnswerSource.INTERVIEW
    if row is None:
        row = Sheet(person_id=person_id, kind=form.kind, form_id=form.form_id, form_version=form.version)
        row.prefilled_from = "register"
        uow.session.add(row)
    if draft.prefilled_from is not None:
        row.prefilled_from = draft.prefilled_from[:300]
    answers = {str(k): v for k, v in draft.answers.items() if v is not None and v != "" and v != []}
    row.answers = answers
    row.sources = {k: v for k, v in clean_sources(draft.sources).items() if k in answers}
    row.default_source = default.value
    row.default_document = " ".join(draft.default_document.split())[:300]
    row.confirmed_warnings = {str(k): str(v) for k, v in draft.confirmed_warnings.items()}
    if row.form_version != form.version or row.form_id != form.form_id:
        row.started_on_version = row.started_on_version or row.form_version
        row.form_id, row.form_version = form.form_id, form.version
    return row


def _open_for_writing(
    uow: UnitOfWork, person_id: int | None, expected_revision: int
) -> tuple[Person | None, Sheet | None, forms.Form]:
    """The person (None for the institution sheet), their stored sheet and the form it is saved on,
    after checking that nobody changed the sheet since it was read."""
    accounts.require(uow, Permission.CENSUS_WORK)
    after_close.guard(uow, "sheet")
    if person_id is None:
        row = uow.session.scalar(select(Sheet).where(Sheet.kind == "institution").order_by(Sheet.id).limit(1))
        _check_revision(row, expected_revision)
        from desktop.services import forms as form_service

        return None, row, form_service.current_form(uow, "institution")
    person = _person(uow, person_id)
    row = _sheet_of(uow, person_id)
    _check_revision(row, expected_revision)
    return person, row, person_form(uow) if row is None else form_for_sheet(uow, row)[0]


def _before(row: Sheet | None) -> tuple[dict[str, Any], str]:
    return (dict(row.answers or {}), row.state) if row is not None else ({}, "empty")


def _audit(uow: UnitOfWork, row: Sheet, person: Person | None, before: tuple[dict[str, Any], str], action: str) -> None:
    """Note the answers changed (old → new) and the sheet's state for the audit trail, when anything changed."""
    old, old_state = before
    new = row.answers or {}
    changes: dict[str, list[Any]] = {
        key: [old.get(key), new.get(key)] for key in sorted(set(old) | set(new)) if old.get(key) != new.get(key)
    }
    if old_state != row.state:
        changes["state"] = [old_state, row.state]
    if not changes:
        return
    label = _full_name(person) if person is not None else "institution"
    person_uuid = person.uuid if person is not None else ""
    uow.record(Event(Kind.SHEET, action, "sheet", row.uuid, person_uuid, label, changes))


def _saved(uow: UnitOfWork, row: Sheet, person: Person | None) -> Saved:
    uow.session.flush()
    return Saved(row.id, row.revision, row.state, row.updated_at, person.status if person else "")


def write_draft(
    uow: UnitOfWork, person_id: int | None, draft: Draft, *, expected_revision: int, campaign: Campaign
) -> Saved:
    """Write what is typed into the person's sheet (the institution sheet when ``person_id`` is None),
    not committed: part of the caller's transaction.  A complete sheet stays complete only if it
    still has no errors; otherwise it goes back to draft (and the person back to "to enumerate")."""
    person, row, form = _open_for_writing(uow, person_id, expected_revision)
    before = _before(row)
    row = _write(uow, person_id, row, draft, form)
    if row.state == "complete":
        if blocking_problems(form, row.answers, row.confirmed_warnings, campaign):
            _reopen(row, person)
    else:
        row.state = "draft" if row.answers else "empty"
    saved = _saved(uow, row, person)
    _audit(uow, row, person, before, "saved")
    return saved


def save_draft(uow: UnitOfWork, person_id: int, draft: Draft, *, expected_revision: int, campaign: Campaign) -> Saved:
    """Save what is typed, in one transaction (see :func:`write_draft`)."""
    saved = write_draft(uow, person_id, draft, expected_revision=expected_revision, campaign=campaign)
    uow.commit()
    return saved


def write_complete(
    uow: UnitOfWork,
    person_id: int | None,
    draft: Draft,
    *,
    expected_revision: int,
    campaign: Campaign,
    completed_at: dt.datetime | None = None,
    outside_window: bool = False,
) -> Saved:
    """Complete the sheet, not committed: written, checked, and the person counted by interview or
    records (the unit of work's employee is who completed it; ``completed_at``: when the sheet was
    filled, when that is not now — a paper sheet keyed later).  That moment is the date of
    enumeration the person's certificate states: outside the campaign's windows it needs
    ``outside_window`` (the employee confirmed it), else :class:`NeedsConfirmation`."""
    accounts.require(uow, Permission.CENSUS_WORK)  # before anything is asked of the user
    now = completed_at or utcnow()
    check_window(campaign, now, confirmed=outside_window)
    person, row, form = _open_for_writing(uow, person_id, expected_revision)
    before = _before(row)
    if person is not None and person.status in (CoverageStatus.ONLINE.value, CoverageStatus.REFUSED.value):
        raise ConflictError(
            _t(
                QT_TRANSLATE_NOOP(
                    "entry",
                    "This person is already recorded as enumerated online or as refused; take that outcome "
                    "back before completing a sheet.",
                )
            ),
            code="person.outcome_recorded",
        )
    row = _write(uow, person_id, row, draft, form)
    problems = blocking_problems(form, row.answers, row.confirmed_warnings, campaign)
    if problems:
        raise ValidationError(
            Message(
                "entry",
                QT_TRANSLATE_NOOP("entry", "The sheet cannot be completed yet: {first} (problems: {n})."),
                {"first": problems[0], "n": len(problems)},
            ),
            code="sheet.incomplete",
        )
    context = forms.Context.for_campaign(campaign, metadata=sheet_metadata(uow))
    evaluation = forms.evaluate(form, row.answers, context, row.confirmed_warnings)
    if evaluation.stale:  # answers of questions no longer asked are dropped on completion
        row.answers = {k: v for k, v in row.answers.items() if k not in set(evaluation.stale)}
        row.sources = {k: v for k, v in (row.sources or {}).items() if k in row.answers}
    employee = employee_id_for(uow)
    row.state = "complete"
    row.completed_at = now
    row.completed_by = employee
    if person is not None:
        person.status = mode_of(row.default_source).status.value
        person.online_code = None
        person.status_reason = ""
        person.enumerated_at = now
        person.enumerated_by = employee
    saved = _saved(uow, row, person)
    _audit(uow, row, person, before, "completed")
    return saved


def complete(
    uow: UnitOfWork,
    person_id: int,
    draft: Draft,
    *,
    expected_revision: int,
    campaign: Campaign,
    outside_window: bool = False,
) -> Saved:
    """Complete the sheet in one transaction (see :func:`write_complete`)."""
    saved = write_complete(
        uow, person_id, draft, expected_revision=expected_revision, campaign=campaign, outside_window=outside_window
    )
    uow.commit()
    return saved


def _reopen(row: Sheet, person: Person | None) -> None:
    row.state = "draft"
    row.completed_at = None
    row.completed_by = None
    if person is not None and person.status in (CoverageStatus.INTERVIEW.value, CoverageStatus.RECORDS.value):
        person.status = CoverageStatus.TO_ENUMERATE.value
        person.enumerated_at = None
        person.enumerated_by = None


def reopen(uow: UnitOfWork, person_id: int, *, expected_revision: int) -> Saved:
    """Make a complete sheet a draft again to correct it; the person is to be enumerated again."""
    accounts.require(uow, Permission.CENSUS_WORK)
    after_close.guard(uow, "sheet")
    person = _person(uow, person_id)
    row = _sheet_of(uow, person_id)
    _check_revision(row, expected_revision)
    if row is None or row.state != "complete":
        raise ConflictError(_t(QT_TRANSLATE_NOOP("entry", "Only a complete sheet can be reopened.")))
    before = _before(row)
    _reopen(row, person)
    saved = _saved(uow, row, person)
    _audit(uow, row, person, before, "reopened")
    uow.commit()
    return saved


# -- the list that "save and next" walks ---------------------------------------------------------


def _list_query(which: ListFilter, campaign: Campaign) -> Any:
    """The ids of the persons of ``which``, in the order of the register (by name): only those counted at
    the reference moment (the register's rule of who is counted) and not marked as not resident."""
    def has_sheet(state: str) -> Any:
        return select(Sheet.id).where(Sheet.person_id == Person.id, Sheet.state == state).exists()

    query = select(Person.id).where(
        Person.status != CoverageStatus.NOT_RESIDENT.value, present_at(campaign.at_moment)
    )
    if which.which == "to_fill":
        query = query.where(Person.status == CoverageStatus.TO_ENUMERATE.value, ~has_sheet("complete"))
    elif which.which == "drafts":
        query = query.where(has_sheet("draft"))
    elif which.which == "complete":
        query = query.where(has_sheet("complete"))
    if which.unit_id is not None:
        query = query.where(Person.unit_id == which.unit_id)
    text = " ".join(which.search.split())
    if text.isdigit():
        query = query.where(Person.iin.like(f"{text}%"))
    elif text:
        query = query.where(*name_search(text))
    return query.order_by(Person.sort_key, Person.id)


def person_ids(
    uow: UnitOfWork, which: ListFilter = ListFilter(), *, campaign: Campaign, limit: int | None = None
) -> list[int]:
    """The ids of the persons of the list, in its order (cheap: one column, for a windowed view);
    with ``limit``, only the first ones."""
    return uow.first_column(_list_query(which, campaign).limit(limit))


def rows_by_ids(uow: UnitOfWork, ids: Sequence[int]) -> list[PersonRow]:
    """The list's rows of these persons, in the order of ``ids`` (missing ones are left out)."""
    found: dict[int, PersonRow] = {}
    for start in range(0, len(ids), 500):
        query = (
            select(Person.id, Person.surname, Person.name, Person.patronymic, Person.iin, Person.birth_date,
                   Person.status, Sheet.state, Unit.name)
            .outerjoin(Sheet, Sheet.person_id == Person.id)
            .outerjoin(Unit, Unit.id == Person.unit_id)
            .where(Person.id.in_(list(ids[start : start + 500])))
        )
        for pid, surname, name, patronymic, iin, born, status, state, unit in uow.session.execute(query):
            found[pid] = PersonRow(
                id=pid,
                full_name=" ".join(part for part in (surname, name, patronymic) if part),
                iin=iin,
                birth_date=born,
                status=status,
                sheet_state=state or "",
                unit=unit or "",
            )
    return [found[i] for i in ids if i in found]


def list_persons(
    uow: UnitOfWork, which: ListFilter = ListFilter(), *, campaign: Campaign, limit: int = 5000
) -> list[PersonRow]:
    """Persons of the register counted at the moment with the state of their sheet, in the order of the
    register (by name)."""
    return rows_by_ids(uow, person_ids(uow, which, campaign=campaign)[:limit])


def next_in(ids: Sequence[int], current_id: int | None) -> int | None:
    """The person after ``current_id`` in the list (the first when it is not in the list)."""
    if not ids:
        return None
    if current_id not in ids:
        return ids[0]
    index = ids.index(current_id)
    return ids[index + 1] if index + 1 < len(ids) else None


# -- the transcript ------------------------------------------------------------------------------


def transcript(
    uow: UnitOfWork, person_id: int, target: Path, *, campaign: Campaign, langs: tuple[str, ...] = ("ru", "kk")
) -> Path:
    """Print the person's sheet as a PDF transcript with the source of every answer."""
    from desktop.models.verification import Verification
    from desktop.services import institution, transcript_pdf

    data = open_sheet(uow, person_id)
    if data.sheet_id is None:
        raise NotFoundError(
            _t(QT_TRANSLATE_NOOP("entry", "This person has no census sheet yet: fill it before printing.")),
            code="sheet.missing",
        )
    profile = institution.get_profile(uow)
    form = data.form
    context = forms.Context.for_campaign(campaign, metadata=sheet_metadata(uow))
    evaluation = forms.evaluate(form, data.answers, context, data.confirmed_warnings)
    numbered = numbers(form)
    rows = []
    section: tuple[str, ...] = ()
    for name in evaluation.order:
        question = form.by_name[name]
        if question.type == "note" or name not in data.answers:
            continue
        if question.groups and question.groups != section:
            section = question.groups
            group = form.groups.get(section[-1])
            if group is not None and group.label:
                rows.append(transcript_pdf.TranscriptRow("", _texts(group.label), {}, {}, section=True))
        src = source_of(name, data.sources, data.default_source, data.default_document)
        rows.append(
            transcript_pdf.TranscriptRow(
                number=numbered.get(name, ""),
                text=_texts(question.title()),
                answer={lang: display(form, name, data.answers[name], lang) for lang in ("ru", "kk")},
                source=SOURCE_NAMES[src.source],
                document=src.document if src.source is AnswerSource.RECORDS else "",
            )
        )
    verification = uow.session.scalar(select(Verification).where(Verification.sheet_id == data.sheet_id))
    verified = None
    if verification is not None and verification.state == "resolved":
        verified = {
            "ru": f"проверен повторным вводом; расхождений: {verification.differences_found}",
            "kk": f"қайта енгізу арқылы тексерілді; сәйкессіздіктер: {verification.differences_found}",
        }
    state_names = {
        "complete": {"ru": "Заполнен", "kk": "Толтырылды"},
        "draft": {"ru": "Черновик", "kk": "Жоба"},
        "empty": {"ru": "Пустой", "kk": "Бос"},
    }
    default = parse_source(data.default_source) or AnswerSource.INTERVIEW
    info = transcript_pdf.TranscriptData(
        institution={"ru": profile.name_ru, "kk": profile.name_kk} if profile else {},
        form_title=_texts(form.title),
        form_version=data.form_version,
        person_name=data.person.full_name,
        iin=data.person.iin or "",
        birth_date=data.person.birth_date,
        mode=MODE_NAMES[data.mode],
        state=state_names.get(data.state, state_names["draft"]),
        completed_at=data.completed_at,
        completed_by=data.completed_by,
        default_source=SOURCE_NAMES[default],
        default_document=data.default_document if default is AnswerSource.RECORDS else "",
        rows=rows,
        verified=verified,
    )
    written = transcript_pdf.build(info, target, langs=langs)
    uow.record(audit.output(Kind.PRINT, "transcript", Path(target).name, person_uuid=_person(uow, person_id).uuid))
    uow.commit()
    return written


# -- the form ------------------------------------------------------------------------------------


def _texts(texts: forms.Texts) -> dict[str, str]:
    return {lang: texts.get(lang) for lang in ("ru", "kk", "en")}


#: Parsed forms by (form_id, version): a version never changes once installed, and reading an
#: .xlsx takes a tenth of a second, far too long to repeat at every sheet opened.
_FORMS: dict[tuple[str, str], forms.Form] = {}


def person_form(uow: UnitOfWork) -> forms.Form:
    """The form new person sheets are filled on (the newest installed, else the shipped one)."""
    from desktop.models.sheets import FormFile
    from desktop.services import forms as form_service

    newest = uow.session.execute(
        select(FormFile.form_id, FormFile.version)
        .where(FormFile.kind == "person")
        .order_by(FormFile.id.desc())
        .limit(1)
    ).first()
    if newest is not None:
        found = form_version(uow, newest[0], newest[1])
        if found is not None:
            return found
    shipped = _FORMS.get(("", "person"))
    if shipped is None:
        shipped = form_service.current_form(uow, kind="person")
        _FORMS[("", "person")] = shipped
        _FORMS[(shipped.form_id, shipped.version)] = shipped
    return shipped


def form_version(uow: UnitOfWork, form_id: str, version: str) -> forms.Form | None:
    """One version of a form, installed or shipped (parsed once per program run)."""
    from desktop.services import forms as form_service

    key = (form_id, version)
    form = _FORMS.get(key)
    if form is None:
        form = form_service.find_form(uow, form_id, version)
        if form is not None:
            _FORMS[key] = form
    return form


def form_for_sheet(uow: UnitOfWork, row: Sheet) -> tuple[forms.Form, list[Message]]:
    """The form a stored sheet opens on: its own version when complete; a draft moves to the
    current version, with the list of what changed."""
    current = person_form(uow)
    if (row.form_id, row.form_version) == (current.form_id, current.version):
        return current, []
    own = form_version(uow, row.form_id, row.form_version)
    if row.state == "complete" and own is not None:
        return own, []
    if own is None:
        return current, []
    return current, [change.message for change in forms.changes_between(own, current, row.answers or {})]


def prefill(form: forms.Form, person: Person) -> dict[str, Any]:
    from desktop.services.questionnaires import person_mapping

    return forms.prefill_from_person(form, person_mapping(person))


def blocking_problems(
    form: forms.Form, answers: Mapping[str, Any], confirmed: Mapping[str, Any] | None, campaign: Campaign
) -> list[Message]:
    """What stops the sheet from being complete: errors, then unconfirmed warnings."""
    evaluation = forms.evaluate(form, answers, forms.Context.for_campaign(campaign), confirmed or {})
    problems: list[Message] = [issue.message for issue in evaluation.errors]
    problems.extend(w.message for w in evaluation.unconfirmed_warnings)
    return problems


def order(form: forms.Form) -> list[str]:
    """Every input question in form order (for comparing keyings)."""
    return [q.name for q in form.inputs]


def label(form: forms.Form, name: str) -> dict[str, str]:
    question = form.by_name.get(name)
    return _texts(question.title()) if question is not None else {"ru": name, "kk": name, "en": name}


def display_all(form: forms.Form, name: str, value: Any) -> dict[str, str]:
    return {lang: display(form, name, value, lang) for lang in ("ru", "kk", "en")}
