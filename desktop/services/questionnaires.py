"""Census sheets beyond the sheet screen: prefill from an administration file, export, the demo.

The sheet-filling screen has its own service (``desktop.services.entry``) for the interactive path;
this module serves the command line, the demo and exports.  Every sheet is written through
:func:`desktop.services.entry.write_draft` and :func:`~desktop.services.entry.write_complete` (revision
check, states, the person's coverage status): there is no other way a sheet is written.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.domain import forms
from desktop.domain import iin as iin_rules
from desktop.domain.campaign import Campaign
from desktop.domain.entry import AnswerSource, source_of
from desktop.domain.errors import FileProblem, ValidationError
from desktop.domain.matching import Identity, Index, name_identity
from desktop.domain.person import fold, parse_date, split_full_name
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.models.db import UnitOfWork
from desktop.models.entities import Institution, Person
from desktop.models.sheets import Sheet
from desktop.services import documents_pdf, entry, register, tables
from desktop.services import forms as form_service
from desktop.services.jobs import Progress, no_progress

MAX_ROWS = 100_000


def person_mapping(person: Person) -> dict[str, Any]:
    """The register fields a form may prefill (see the ``prefill`` column of the survey sheet)."""
    return {
        "surname": person.surname,
        "name": person.name,
        "patronymic": person.patronymic,
        "iin": person.iin,
        "sex": person.sex,
        "birth_date": person.birth_date,
        "citizenship": person.citizenship,
        "country_code": person.country_code,
        "residence": person.residence,
    }


def institution_mapping(institution: Institution | None) -> dict[str, Any]:
    if institution is None:
        return {}
    return {
        "institution_name": institution.name_ru,
        "institution_type": institution.type_code,
        "institution_kato": institution.kato_code,
        "institution_address": institution.address,
        "institution_capacity": institution.capacity,
    }


# ------------------------------------------------------------------------------ prefill from a file


@dataclass
class PrefillReport:
    rows: int = 0
    matched: int = 0
    sheets_created: int = 0
    answers_filled: int = 0
    #: (row number, reason) of rows that matched nobody.
    unmatched: list[tuple[int, str]] = field(default_factory=list)
    #: (row number, question) of cells that could not be understood.
    rejected: list[tuple[int, str]] = field(default_factory=list)
    #: Row numbers of persons whose sheet is complete (left untouched).
    skipped_complete: list[int] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "matched": self.matched,
            "sheets_created": self.sheets_created,
            "answers_filled": self.answers_filled,
            "unmatched": [{"row": r, "reason": why} for r, why in self.unmatched],
            "rejected": [{"row": r, "question": q} for r, q in self.rejected],
            "skipped_complete": self.skipped_complete,
            "columns": self.columns,
        }


@dataclass(frozen=True)
class Mapping_:
    """How an administration file is read: which column holds what."""

    columns: dict[str, str]  # header → question name
    iin: str | None = None
    full_name: str | None = None
    surname: str | None = None
    name: str | None = None
    patronymic: str | None = None
    birth_date: str | None = None


_IDENTITY_WORDS = {
    "iin": ("иин", "жсн", "iin"),
    "full_name": ("фио", "ф.и.о.", "аты-жөні", "full name", "full_name"),
    "surname": ("фамилия", "тегі", "surname"),
    "name": ("имя", "аты", "name", "first_name"),
    "patronymic": ("отчество", "әкесінің аты", "patronymic"),
    "birth_date": ("дата рождения", "туған күні", "birth date", "birth_date"),
}


def read_mapping(path: Path | None, form: forms.Form, headers: Sequence[str]) -> Mapping_:
    """The mapping from a JSON file (``{"columns": {...}, "iin": "...", ...}``), or guessed from headers."""
    data: dict[str, Any] = {}
    if path is not None:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
        except (OSError, ValueError):
            raise FileProblem(
                Message(
                    "forms",
                    QT_TRANSLATE_NOOP("forms", "The mapping file {file} is not readable JSON."),
                    {"file": Path(path).name},
                ),
                code="mapping.unreadable",
            ) from None
        if not isinstance(data, dict) or not isinstance(data.get("columns", {}), dict):
            raise FileProblem(
                Message(
                    "forms",
                    QT_TRANSLATE_NOOP("forms", "The mapping file needs a “columns” object: header → question name."),
                ),
                code="mapping.invalid",
            )
    columns = {str(k): str(v) for k, v in (data.get("columns") or {}).items()}
    unknown = [v for v in columns.values() if v not in form.by_name]
    if unknown:
        raise ValidationError(
            Message(
                "forms",
                QT_TRANSLATE_NOOP("forms", "The mapping names questions the form does not have: {names}"),
                {"names": ", ".join(sorted(unknown))[:300]},
            ),
            code="mapping.unknown_question",
        )
    if not columns:
        columns = forms.guess_columns(form, list(headers))
    identity: dict[str, str | None] = {}
    folded = {fold(h): h for h in headers}
    for key, words in _IDENTITY_WORDS.items():
        given = data.get(key)
        if given:
            identity[key] = str(given)
            continue
        identity[key] = next((folded[fold(w)] for w in words if fold(w) in folded), None)
    return Mapping_(columns=columns, **identity)


def read_table(path: Path) -> tuple[list[str], list[tuple[int, dict[str, Any]]]]:
    """Headers and rows (numbered as the spreadsheet shows them) of a table file, read by the one
    reader of tables (:mod:`desktop.services.tables`); title rows above the header are passed over."""
    table = tables.read_table(Path(path))
    start = tables.header_row(table.rows)
    if start is None:
        return [], []
    headers = [" ".join(str(c or "").split()) for c in table.rows[start]]
    rows = []
    for number, values in enumerate(table.rows[start + 1 :], start=start + 2):
        if all(tables.blank(v) for v in values):
            continue
        rows.append((number, {h: v for h, v in zip(headers, values, strict=False) if h}))
        if len(rows) > MAX_ROWS:
            break
    return headers, rows


def _match(row: Mapping[str, Any], mapping: Mapping_, people: Index[int]) -> tuple[int | None, str]:
    """The person a row of an administration file is, by the rule of :mod:`desktop.domain.matching`;
    else None and why: ``no_identity``, ``ambiguous`` or ``not_found``."""
    number = iin_rules.normalize(row.get(mapping.iin)) if mapping.iin else None
    if mapping.full_name and row.get(mapping.full_name):
        surname, name, patronymic = split_full_name(row.get(mapping.full_name))
    else:
        surname = str(row.get(mapping.surname or "", "") or "")
        name = str(row.get(mapping.name or "", "") or "")
        patronymic = str(row.get(mapping.patronymic or "", "") or "")
    born = parse_date(row.get(mapping.birth_date)) if mapping.birth_date else None
    if not number and (not surname or born is None):
        return None, "no_identity"
    found = people.same(Identity(number, name_identity(surname, name, patronymic), born))
    if len(found) == 1:
        return found[0], ""
    return None, "ambiguous" if found else "not_found"


def prefill_from_file(
    uow: UnitOfWork,
    path: Path,
    *,
    campaign: Campaign,
    mapping_path: Path | None = None,
    progress: Progress = no_progress,
) -> PrefillReport:
    """Fill draft sheets from an administration file, matched to persons by IIN or full name and birth
    date.  Only empty answers are filled; complete sheets are left alone; all or nothing."""
    headers, rows = read_table(Path(path))
    form = form_service.current_form(uow, "person")
    mapping = read_mapping(mapping_path, form, headers)
    if not mapping.columns:
        raise ValidationError(
            Message(
                "forms",
                QT_TRANSLATE_NOOP(
                    "forms", "No column of the file matches a question; give a mapping file (--mapping)."
                ),
            ),
            code="mapping.empty",
        )
    report = PrefillReport(rows=len(rows), columns=dict(mapping.columns))
    people = Index.of(register.identities(uow))
    document = Path(path).name[:200]
    for done, (number, row) in enumerate(rows):
        if done % 50 == 0:
            progress(done, len(rows))
        person_id, why = _match(row, mapping, people)
        if person_id is None:
            report.unmatched.append((number, why))
            continue
        report.matched += 1
        data = entry.open_sheet(uow, person_id)
        if data.complete:
            report.skipped_complete.append(number)
            continue
        answers, rejected = forms.prefill_from_row(form, row, mapping.columns)
        report.rejected.extend((number, name) for name in rejected)
        report.sheets_created += int(data.sheet_id is None)
        report.answers_filled += _fill_blanks(uow, data, answers, document, campaign)
    progress(len(rows), len(rows))
    uow.commit()
    return report


def _fill_blanks(
    uow: UnitOfWork, data: entry.SheetData, found: Mapping[str, Any], document: str, campaign: Campaign
) -> int:
    """Fill the blank answers of a sheet with what a record says (its source: that record); the rest
    stays as typed.  Not committed.  Returns how many answers were filled."""
    answers, sources = dict(data.answers), dict(data.sources)
    filled = 0
    for name, value in found.items():
        if forms.is_blank(answers.get(name)):
            answers[name] = value
            sources[name] = {"source": AnswerSource.RECORDS.value, "document": document}
            filled += 1
    draft = entry.Draft(
        answers=answers,
        sources=sources,
        default_source=data.default_source,
        default_document=data.default_document if data.sheet_id is not None else document,
        confirmed_warnings=data.confirmed_warnings,
        prefilled_from=document,
    )
    entry.write_draft(uow, data.person.id, draft, expected_revision=data.revision, campaign=campaign)
    return filled


# ------------------------------------------------------------------------------ export


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _labels(form: forms.Form, question: forms.Question, value: Any, lang: str) -> str:
    if forms.is_blank(value):
        return ""
    if question.is_select:
        codes = value if isinstance(value, list) else [value]
        return "; ".join(form.choice_label(question.name, str(code), lang) for code in codes)
    return ""


def export_sheets(
    uow: UnitOfWork,
    target: Path,
    *,
    kind: str = "person",
    lang: str = "ru",
    progress: Progress = no_progress,
) -> int:
    """One row per sheet, one column per question (the code, its label for choices) and the source of
    each answer beside it.  ``.xlsx`` or ``.csv`` (UTF-8 with BOM, which Excel opens in Cyrillic)."""
    target = Path(target)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        raise ValidationError(
            Message("forms", QT_TRANSLATE_NOOP("forms", "Export to a .xlsx or .csv file.")), code="export.type"
        )
    form = form_service.current_form(uow, kind)
    sheets = list(uow.session.scalars(select(Sheet).where(Sheet.kind == kind).order_by(Sheet.id)))
    questions = form.inputs
    header = ["sheet_uuid", "form_id", "form_version", "state", "completed_at", "default_source", "default_document"]
    titles = ["UUID", "form_id", "version", "state", "completed_at", "default_source", "default_document"]
    # Answers "not known" (records and proxies cannot know everything) are counted apart from real ones.
    header += ["not_known"]
    titles += ["not_known"]
    for question in questions:
        label = question.title().get(lang)
        header += [question.name]
        titles += [label]
        if question.is_select:
            header += [f"{question.name}_label"]
            titles += [f"{label} ({lang})"]
        header += [f"{question.name}_source"]
        titles += [f"{label}: source"]
    rows: list[list[Any]] = []
    for done, sheet in enumerate(sheets):
        progress(done, len(sheets))
        answers = sheet.answers or {}
        completed = sheet.completed_at.isoformat() if sheet.completed_at else ""
        row: list[Any] = [
            sheet.uuid,
            sheet.form_id,
            sheet.form_version,
            sheet.state,
            completed,
            sheet.default_source,
            sheet.default_document,
            not_known_count(answers),
        ]
        for question in questions:
            value = answers.get(question.name)
            row.append(_cell(value) if not forms.is_blank(value) else "")
            if question.is_select:
                row.append(_labels(form, question, value, lang))
            if forms.is_blank(value):
                row.append("")
            else:
                own = source_of(question.name, sheet.sources, sheet.default_source, sheet.default_document)
                row.append(own.source.value + (f": {own.document}" if own.document else ""))
        rows.append(row)
    import pandas as pd

    # Cells keep their Python values (codes stay text, numbers stay numbers) whatever else the column holds.
    table = pd.DataFrame(rows, columns=header, dtype=object)
    target.parent.mkdir(parents=True, exist_ok=True)
    with documents_pdf.atomic_file(target) as partial:
        if target.suffix.lower() == ".csv":
            table = table.map(tables.inert)
            table.columns = [tables.inert(name) for name in table.columns]
            with partial.open("w", encoding="utf-8-sig", newline="") as handle:
                table.to_csv(handle, index=False, lineterminator="\r\n")
        else:
            _write_xlsx(table, titles, partial)
    progress(len(sheets), len(sheets))
    return len(rows)


def not_known_count(answers: dict[str, Any]) -> int:
    """How many answers of a sheet are "not known" (:data:`desktop.domain.forms.UNKNOWN`)."""
    unknown = forms.UNKNOWN
    return sum(1 for value in answers.values() if value == unknown or (isinstance(value, list) and unknown in value))


@dataclass(frozen=True)
class NotKnown:
    """Answers "not known" on the complete sheets: how many, and on how many sheets."""

    answers: int
    sheets: int


def not_known(uow: UnitOfWork, *, kind: str = "person") -> NotKnown:
    counts = [
        not_known_count(answers or {})
        for answers in uow.session.scalars(select(Sheet.answers).where(Sheet.kind == kind, Sheet.state == "complete"))
    ]
    return NotKnown(sum(counts), sum(1 for n in counts if n))


def _write_xlsx(table: Any, titles: Sequence[str], path: Path) -> None:
    """The table as one worksheet "sheets": the column names, the questions' titles, then the rows.
    Streamed (openpyxl's write-only mode) so that a large institution's export stays small in memory."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("sheets")
    sheet.append([tables.workbook_cell(sheet, name) for name in table.columns])
    sheet.append([tables.workbook_cell(sheet, title) for title in titles])
    for row in table.itertuples(index=False, name=None):
        sheet.append([tables.workbook_cell(sheet, value) for value in row])
    book.save(path)


def counts(uow: UnitOfWork) -> dict[str, int]:
    result = {state.value: 0 for state in forms.Completion}
    for (state,) in uow.session.execute(select(Sheet.state).where(Sheet.kind == "person")):
        result[state] = result.get(state, 0) + 1
    return result


# ------------------------------------------------------------------------------ the demo

_DEMO_WEIGHTS: dict[str, list[tuple[Any, int]]] = {
    "nationality": [("001", 62), ("002", 18), ("003", 5), ("005", 4), ("004", 3), ("006", 3), ("012", 2), ("998", 3)],
    "native_language": [("kaz", 70), ("rus", 22), ("uzb", 4), ("uig", 4)],
    "languages_spoken": [(["kaz", "rus"], 60), (["kaz"], 20), (["rus"], 12), (["kaz", "rus", "other"], 8)],
    "religion": [("1", 62), ("2", 18), ("8", 8), ("9", 12)],
    "residence": [("1", 88), ("2", 8), ("3", 4)],
    "school_attendance": [("3", 80), ("1", 8), ("6", 12)],
    "wg_seeing": [("1", 85), ("2", 12), ("3", 3)],
    "wg_hearing": [("1", 90), ("2", 8), ("3", 2)],
    "wg_walking": [("1", 85), ("2", 10), ("3", 5)],
    "wg_remembering": [("1", 80), ("2", 15), ("3", 5)],
    "wg_selfcare": [("1", 88), ("2", 9), ("4", 3)],
    "wg_communicating": [("1", 88), ("2", 10), ("3", 2)],
    "disability_group": [("0", 80), ("4", 15), ("2", 5)],
    "covid_ill": [("3", 70), ("1", 12), ("2", 8), ("4", 10)],
    "covid_vaccinated": [("1", 60), ("2", 10), ("3", 30)],
    "lived_since_birth": [("2", 90), ("1", 10)],
    "birth_place": [("1", 95), ("2", 5)],
    "previous_residence": [("2", 90), ("1", 8), ("3", 2)],
    "residence_year_ago": [("1", 85), ("2", 15)],
    "literate": [("1", 97), ("2", 3)],
    "marital_status": [("1", 95), ("2", 5)],
    "worked_last_week": [("2", 90), ("1", 10)],
    "job_absent": [("2", 95), ("1", 5)],
    "income_bracket": [("0", 40), ("1", 35), ("2", 20), ("3", 5)],
    "livelihood": [(["state"], 80), (["state", "disability"], 15), (["family"], 5)],
}


def _weighted(rng: Any, options: list[tuple[Any, int]]) -> Any:
    return rng.choices([o for o, _w in options], weights=[w for _o, w in options], k=1)[0]


def _demo_value(
    form: forms.Form, question: forms.Question, evaluation: forms.Evaluation, rng: Any, census_year: int
) -> Any:
    name = question.name
    age = evaluation.calculated.get("age")
    age = age if isinstance(age, int) else 30
    if name == "education_level":
        return "1" if age <= 10 else "2" if age <= 15 else "3"
    if name == "marital_status" and age < 18:
        return "1"
    if name in _DEMO_WEIGHTS:
        return _weighted(rng, _DEMO_WEIGHTS[name])
    values = evaluation.values
    if name == "arrival_year":
        born = str(values.get("birth_date") or "2010")[:4]
        return rng.randint(int(born) if born.isdigit() else 2010, census_year)
    if name == "absence_months":
        return rng.randint(1, 5)
    if name == "children_born":
        return rng.randint(0, 3)
    if name == "children_living":
        return values.get("children_born") or 0
    if name == "kazakh_level":
        return ["understand", "speak", "read", "write"][: rng.randint(1, 4)]
    if question.is_select:
        choices = [c.name for c in evaluation.choices(name)]
        plain = [c for c in choices if c not in ("7", "999", "other", "none", forms.UNKNOWN)] or choices
        if not plain:
            return None
        if question.type == "rank":
            return choices
        return [rng.choice(plain)] if question.type == "select_multiple" else rng.choice(plain)
    if question.type == "text":
        return {"religion_other": "Бахаизм", "filled_by_position": "Әлеуметтік педагог"}.get(name)
    return None


def demo_answers(form: forms.Form, start: Mapping[str, Any], rng: Any, context: forms.Context) -> dict[str, Any]:
    """Plausible answers for a demo person, filled the way relevance unfolds; only valid answers kept."""
    answers = dict(start)
    for _round in range(8):
        evaluation = forms.evaluate(form, answers, context)
        changed = False
        for name in evaluation.order:
            question = form.by_name[name]
            if not question.is_input or name in answers:
                continue
            if name not in evaluation.required and rng.random() < 0.5:
                continue
            value = _demo_value(form, question, evaluation, rng, context.reference_date.year)
            if value is not None:
                answers[name] = value
                changed = True
        if not changed:
            break
    evaluation = forms.evaluate(form, answers, context)
    for issue in (*evaluation.errors, *evaluation.warnings):
        answers.pop(issue.name, None)
    return answers


def demo_sheets(uow: UnitOfWork, rng: Any, campaign: Campaign) -> None:
    """Demo step: install the shipped forms, fill the institution sheet and sheets of the persons in the
    register (run after the register step): about half complete, a quarter drafts, the rest untouched.
    Every sheet is written the way the sheet screen writes it, completed by one of the employees."""
    from desktop.models.entities import Employee

    form_service.install_shipped(uow)
    context = forms.Context.for_campaign(campaign)
    employees = [uuid for (uuid,) in uow.session.execute(select(Employee.uuid).order_by(Employee.id))]
    actor = uow.actor
    try:
        _demo_institution_sheet(uow, campaign, employees[0] if employees else actor)
        form = form_service.current_form(uow, "person")
        have = set(uow.session.scalars(select(Sheet.person_id).where(Sheet.person_id.is_not(None))))
        persons = list(
            uow.session.scalars(
                select(Person).where(Person.left_on.is_(None), Person.status == "to_enumerate").order_by(Person.id)
            )
        )
        for person in persons:
            if person.id in have:
                continue
            roll = rng.random()
            if roll > 0.75:
                continue
            records = rng.random() < 0.3
            document = f"Личное дело № {rng.randint(10, 999)}" if records else ""
            answers = demo_answers(form, forms.prefill_from_person(form, person_mapping(person)), rng, context)
            complete = roll < 0.5 and forms.evaluate(form, answers, context).can_complete
            if not complete:
                keep = [n for n in (q.name for q in form.inputs) if n in answers]
                answers = {n: answers[n] for n in keep[: max(6, len(keep) * 2 // 5)]}
            uow.actor = rng.choice(employees) if employees else actor
            draft = entry.Draft(
                answers=answers,
                sources={"disability_group": {"source": "records", "document": "Справка МСЭ"}} if complete else {},
                default_source=AnswerSource.RECORDS.value if records else AnswerSource.INTERVIEW.value,
                default_document=document,
            )
            if complete:  # on the days of the interviews: the certificates state those days
                at = campaign.interview_moment(rng.randrange(27), hour=rng.randint(9, 17))
                entry.write_complete(uow, person.id, draft, expected_revision=0, campaign=campaign, completed_at=at)
            else:
                entry.write_draft(uow, person.id, draft, expected_revision=0, campaign=campaign)
    finally:
        uow.actor = actor
    uow.commit()


def _demo_institution_sheet(uow: UnitOfWork, campaign: Campaign, employee: str) -> None:
    institution = uow.session.scalars(select(Institution)).first()
    if institution is None or uow.session.scalars(select(Sheet).where(Sheet.kind == "institution")).first():
        return
    inst_form = form_service.current_form(uow, "institution")
    base = forms.prefill_from_person(inst_form, institution_mapping(institution))
    # The residents as the register counts them at the moment: the sheet and the register agree.
    residents = register_residents(uow, campaign=campaign)
    base.update(
        **residents,
        residents_disability=residents["residents_total"] // 9,
        staff_living=4,
        water_supply="1",
        heating="1",
        sewerage="1",
        internet="1",
        filled_by_position="Директордың тәрбие ісі жөніндегі орынбасары",
    )
    draft = entry.Draft(
        answers=base,
        default_source=AnswerSource.RECORDS.value,
        default_document="Журнал учёта воспитанников",
        prefilled_from="",
    )
    uow.actor = employee
    valid = forms.evaluate(inst_form, base, forms.Context.for_campaign(campaign)).can_complete
    if valid:  # filled on the first day of the interviews
        at = campaign.interview_moment(0)
        entry.write_complete(uow, None, draft, expected_revision=0, campaign=campaign, completed_at=at)
    else:
        entry.write_draft(uow, None, draft, expected_revision=0, campaign=campaign)


# -- the institution sheet against the register ----------------------------------------------------

#: Questions of the institution sheet counted from the register, with their names in messages.
RESIDENT_CATEGORIES: dict[str, str] = {
    "residents_total": QT_TRANSLATE_NOOP("forms", "all residents"),
    "residents_children": QT_TRANSLATE_NOOP("forms", "children under 18"),
    "residents_women": QT_TRANSLATE_NOOP("forms", "women and girls"),
    "residents_foreign": QT_TRANSLATE_NOOP("forms", "foreigners and stateless persons"),
    "residents_absent": QT_TRANSLATE_NOOP("forms", "temporarily absent"),
    "residents_present": QT_TRANSLATE_NOOP("forms", "temporarily present"),
}


def register_residents(uow: UnitOfWork, *, campaign: Campaign) -> dict[str, int]:
    """The register's count of each category of :data:`RESIDENT_CATEGORIES`, at the reference moment
    (the register's rule of who is counted there); the temporarily present are not in the total."""
    from sqlalchemy import func

    from desktop.domain.enums import CitizenshipKind, Residence

    counted = register.present_at(campaign.at_moment)
    moment = campaign.reference_date
    # Under 18 at the moment: born after this day (age_on's rule, 29 February included).
    adult_born = moment.replace(year=moment.year - 18, day=28 if (moment.month, moment.day) == (2, 29) else moment.day)
    in_total = Person.residence != Residence.TEMPORARILY_PRESENT.value
    conditions = {
        "residents_total": in_total,
        "residents_children": in_total & (Person.birth_date > adult_born),
        "residents_women": in_total & (Person.sex == "F"),
        "residents_foreign": in_total & (Person.citizenship != CitizenshipKind.KAZAKHSTAN.value),
        "residents_absent": Person.residence == Residence.TEMPORARILY_ABSENT.value,
        "residents_present": Person.residence == Residence.TEMPORARILY_PRESENT.value,
    }
    return {
        name: int(uow.session.scalar(select(func.count()).select_from(Person).where(counted, condition)) or 0)
        for name, condition in conditions.items()
    }


def residents_differences(uow: UnitOfWork, *, campaign: Campaign) -> list[Message]:
    """Where the institution sheet's residents at the moment differ from the register's count: one
    warning per category, with both numbers.  Empty when there is no institution sheet or they agree."""
    sheet = uow.session.scalars(select(Sheet).where(Sheet.kind == "institution").order_by(Sheet.id)).first()
    if sheet is None:
        return []
    answers = sheet.answers or {}
    found = []
    for name, number in register_residents(uow, campaign=campaign).items():
        stated = answers.get(name)
        if not isinstance(stated, int) or isinstance(stated, bool) or stated == number:
            continue
        found.append(
            Message(
                "forms",
                QT_TRANSLATE_NOOP(
                    "forms", "Institution sheet: {category} {stated}, but the register counts {counted} at the moment."
                ),
                {"category": Message("forms", RESIDENT_CATEGORIES[name]), "stated": stated, "counted": number},
            )
        )
    return found
