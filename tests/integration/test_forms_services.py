"""Forms and census sheets over a real database (SQLite, and PostgreSQL when configured) and real files."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from desktop.app import AppContext
from desktop.cli import main
from desktop.domain import forms
from desktop.domain.campaign import default_campaign
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.iin import Sex, make_iin
from desktop.domain.person import name_key
from desktop.models.entities import Person
from desktop.models.sheets import Sheet
from desktop.resources import resource
from desktop.services import entry, questionnaires
from desktop.services import forms as form_service

PERSON_FORM = resource("forms", "census2021_person.xlsx")


def add_person(ctx: AppContext, surname: str, name: str, iin: str | None, born: dt.date, sex: str = "F") -> int:
    with ctx.uow() as uow:
        person = Person(
            surname=surname,
            name=name,
            patronymic="",
            name_key=name_key(surname, name, ""),
            iin=iin,
            birth_date=born,
            sex=sex,
            citizenship="KZ",
        )
        uow.session.add(person)
        uow.commit()
        return person.id


def changed_form(tmp_path: Path, version: str, label: str) -> Path:
    book = openpyxl.load_workbook(PERSON_FORM)
    survey = book["survey"]
    headers = [c.value for c in survey[1]]
    for row in survey.iter_rows(min_row=2):
        if row[headers.index("name")].value == "surname":
            row[headers.index("label::Русский (ru)")].value = label
    settings = book["settings"]
    settings.cell(2, [c.value for c in settings[1]].index("version") + 1).value = version
    target = tmp_path / f"person_{version}.xlsx"
    book.save(target)
    return target


def test_shipped_forms_are_current_until_the_department_installs_another(context: AppContext, tmp_path: Path) -> None:
    with context.uow() as uow:
        assert form_service.current_form(uow, "person").version == "2021.4-r"
        assert form_service.current_form(uow, "institution").form_id == "census2021_institution"
        info = form_service.install_form(uow, changed_form(tmp_path, "2021.2", "Фамилия (по документу)"))
        assert info.origin == "installed"
    with context.uow() as uow:
        current = form_service.current_form(uow, "person")
        assert current.version == "2021.2" and current.label("surname", "ru") == "Фамилия (по документу)"
        old = form_service.find_form(uow, "census2021_person", "2021.4-r")
        assert old is not None
        changes = forms.changes_between(old, current)
        assert [(c.name, c.kind.value) for c in changes] == [("surname", "label")]
        # The same file again changes nothing; another file under the same version is refused.
        form_service.install_form(uow, tmp_path / "person_2021.2.xlsx")
        with pytest.raises(ConflictError):
            other = tmp_path / "other"
            other.mkdir()
            form_service.install_form(uow, changed_form(other, "2021.2", "Другая"))
        assert len([i for i in form_service.list_forms(uow) if i.origin == "installed"]) == 1


def test_an_invalid_form_is_not_installed(context: AppContext, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    book = openpyxl.load_workbook(PERSON_FORM)
    book["survey"]["A5"] = "select_one nosuchlist"
    book.save(bad)
    with context.uow() as uow:
        with pytest.raises(ValidationError) as caught:
            form_service.install_form(uow, bad)
        assert "row 5" in caught.value.render()
        assert form_service.current_form(uow, "person").version == "2021.4-r"


def test_a_sheet_is_prefilled_from_the_register_and_completes_only_when_valid(context: AppContext) -> None:
    pid = add_person(context, "Омарова", "Дана", "100515601236", dt.date(2010, 5, 15))
    with context.uow() as uow:
        opened = entry.open_sheet(uow, pid)
        assert opened.state == "empty" and opened.sheet_id is None
        assert opened.answers["iin"] == "100515601236" and opened.answers["sex"] == "2"
        saved = entry.save_draft(uow, pid, entry.Draft(opened.answers), expected_revision=0, campaign=context.campaign)
        assert saved.state == "draft"
        assert entry.open_sheet(uow, pid).sheet_id == saved.sheet_id  # one sheet per person
        with pytest.raises(ValidationError) as caught:
            entry.complete(
                uow, pid, entry.Draft(opened.answers), expected_revision=saved.revision, campaign=context.campaign,
                outside_window=True,
            )
        assert caught.value.code == "sheet.incomplete"
    with context.uow() as uow:
        stored = uow.session.get(Sheet, saved.sheet_id)
        assert stored is not None and stored.state == "draft" and stored.completed_at is None
        person = uow.session.get(Person, pid)
        assert person is not None and person.status == "to_enumerate"


def test_prefill_from_an_administration_file(context: AppContext, tmp_path: Path) -> None:
    first = add_person(context, "Омарова", "Дана", "100515601236", dt.date(2010, 5, 15))
    second = add_person(context, "Сүлейменов", "Арман", None, dt.date(2008, 1, 20), sex="M")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ИИН", "ФИО", "Дата рождения", "Национальность", "Родной язык", "Годы"])
    sheet.append([100515601236, "", "", "001", "казахский", ""])
    sheet.append(["", "СУЛЕЙМЕНОВ Арман", "20.01.2008", "002", "русский", ""])
    sheet.append(["", "Неизвестный Некто", "01.01.2000", "001", "казахский", ""])
    source = tmp_path / "records.xlsx"
    book.save(source)
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps({"columns": {"Национальность": "nationality", "Родной язык": "native_language"}}), "utf-8"
    )
    with context.uow() as uow:
        report = questionnaires.prefill_from_file(uow, source, mapping_path=mapping, campaign=context.campaign)
    assert report.rows == 3 and report.matched == 2 and report.sheets_created == 2
    assert report.unmatched == [(4, "not_found")]
    with context.uow() as uow:
        sheets = {s.person_id: s for s in uow.session.query(Sheet)}
        assert sheets[first].answers["nationality"] == "001"
        assert sheets[first].answers["native_language"] == "kaz"
        assert sheets[first].sources["nationality"] == {"source": "records", "document": "records.xlsx"}
        assert sheets[second].answers["native_language"] == "rus"
        assert sheets[second].answers["surname"] == "Сүлейменов"  # from the register, not the file
        filled = sheets[first]
        assert (filled.state, filled.revision, filled.prefilled_from) == ("draft", 1, "records.xlsx")
        assert sheets[first].default_source == "records" and sheets[first].default_document == "records.xlsx"
    # A second file fills only what is still blank and never overwrites a typed answer.
    with context.uow() as uow:
        typed = entry.open_sheet(uow, first)
        draft = entry.Draft({**typed.answers, "native_language": "rus"}, typed.sources, typed.default_source,
                            typed.default_document, prefilled_from=None)  # fmt: skip
        entry.save_draft(uow, first, draft, expected_revision=typed.revision, campaign=context.campaign)
        report = questionnaires.prefill_from_file(uow, source, mapping_path=mapping, campaign=context.campaign)
    assert report.sheets_created == 0 and report.answers_filled == 0
    with context.uow() as uow:
        again = entry.open_sheet(uow, first)
    assert again.answers["native_language"] == "rus" and again.revision == 2  # nothing new: not rewritten


def test_a_mapping_naming_unknown_questions_is_refused(context: AppContext, tmp_path: Path) -> None:
    source = tmp_path / "records.csv"
    source.write_text("ИИН;Пол\n100515601236;Ж\n", encoding="utf-8")
    mapping = tmp_path / "m.json"
    mapping.write_text('{"columns": {"Пол": "gender"}}', "utf-8")
    with context.uow() as uow:
        with pytest.raises(ValidationError) as caught:
            questionnaires.prefill_from_file(uow, source, mapping_path=mapping, campaign=context.campaign)
    assert "gender" in caught.value.render()


def test_export_has_codes_labels_and_sources(context: AppContext, tmp_path: Path) -> None:
    pid = add_person(context, "Омарова", "Дана", "100515601236", dt.date(2010, 5, 15))
    with context.uow() as uow:
        opened = entry.open_sheet(uow, pid)
        answers = {
            **opened.answers,
            "nationality": "001",
            "languages_spoken": ["kaz", "rus"],
            "marital_status": forms.UNKNOWN,
            "livelihood": [forms.UNKNOWN],
        }
        draft = entry.Draft(
            answers,
            sources={"languages_spoken": {"source": "interview", "document": ""}},
            default_source="records",
            default_document="Личное дело 12",
        )
        entry.save_draft(uow, pid, draft, expected_revision=0, campaign=context.campaign)
        assert questionnaires.export_sheets(uow, tmp_path / "s.xlsx") == 1
        assert questionnaires.export_sheets(uow, tmp_path / "s.csv", lang="kk") == 1
        assert questionnaires.export_sheets(uow, tmp_path / "kk.xlsx", lang="kk") == 1
    book = openpyxl.load_workbook(tmp_path / "s.xlsx", read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header, titles, row = rows[0], rows[1], rows[2]
    data = dict(zip(header, row, strict=True))
    assert data["nationality"] == "001" and data["nationality_label"] == "казах"
    assert data["nationality_source"] == "records: Личное дело 12"
    assert data["languages_spoken"] == "kaz rus" and data["languages_spoken_source"] == "interview"
    # "Not known" is an answer of its own, counted apart from real answers.
    assert data["marital_status"] == "unknown" and data["marital_status_label"] == "Не известно"
    assert data["not_known"] == 2
    assert titles[header.index("surname")] == "Фамилия"
    with (tmp_path / "s.csv").open(encoding="utf-8-sig") as handle:
        exported = list(csv.DictReader(handle))
    assert exported[0]["nationality_label"] == "қазақ" and exported[0]["marital_status_label"] == "Белгісіз"
    sheet_kk = openpyxl.load_workbook(tmp_path / "kk.xlsx", read_only=True).worksheets[0]
    kazakh = list(sheet_kk.iter_rows(values_only=True))
    assert kazakh[2][kazakh[0].index("nationality_label")] == "қазақ" and kazakh[1][header.index("surname")] == "Тегі"


def test_cli_check_reports_sheet_row_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forms", "check", str(PERSON_FORM)]) == 0
    assert "census2021_person" in capsys.readouterr().out
    bad = tmp_path / "bad.xlsx"
    book = openpyxl.load_workbook(PERSON_FORM)
    headers = [c.value for c in book["survey"][1]]
    book["survey"].cell(12, headers.index("relevant") + 1).value = "${age} >="
    book.save(bad)
    assert main(["--lang", "en", "forms", "check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "sheet “survey”, row 12, column “" in out and "(relevant)" in out
    assert main(["--json", "forms", "check", str(bad)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["problems"][0]["row"] == 12


def test_cli_export_and_prefill(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "records.csv"
    table.write_text("ИИН,Национальность\n100515601236,001\n", encoding="utf-8")
    assert main(["--home", str(home), "--json", "questionnaires", "prefill", str(table)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["rows"] == 1 and result["matched"] == 0
    assert main(["--home", str(home), "questionnaires", "export", str(tmp_path / "out.xlsx")]) == 0
    assert (tmp_path / "out.xlsx").exists()


def test_demo_step_fills_complete_and_draft_sheets(context: AppContext) -> None:
    import random

    from desktop.services import institution
    from desktop.services.demo import demo_profile

    with context.uow() as uow:
        demo_profile(uow, random.Random(1), campaign=context.campaign)
    for number in range(40):
        born = dt.date(2004 + number % 14, 1 + number % 12, 1 + number % 27)
        sex = "F" if number % 2 else "M"
        iin = make_iin(born, Sex(sex), number + 1) or make_iin(born, Sex(sex), number + 500)
        add_person(context, f"Демо{number}", "Айгерим" if number % 2 else "Нурлан", iin, born, sex)
    with context.uow() as uow:
        questionnaires.demo_sheets(uow, random.Random(2021), campaign=context.campaign)
        questionnaires.demo_sheets(uow, random.Random(2021), campaign=context.campaign)  # a second run adds nothing
    with context.uow() as uow:
        sheets = list(uow.session.query(Sheet))
        states = [s.state for s in sheets if s.kind == "person"]
        assert states.count("complete") >= 12 and states.count("draft") >= 5
        assert len(states) <= 40 and len({s.person_id for s in sheets if s.kind == "person"}) == len(states)
        inst = next(s for s in sheets if s.kind == "institution")
        assert inst.state == "complete" and inst.answers["institution_type"] == "06"
        form = form_service.current_form(uow, "person")
        context_ = forms.Context.for_campaign(default_campaign())
        for sheet in sheets:
            if sheet.kind == "person" and sheet.state == "complete":
                assert forms.evaluate(form, sheet.answers, context_).can_complete
                person = uow.session.get(Person, sheet.person_id)
                assert person is not None and person.status in ("interview", "records")
        assert institution.get_profile(uow) is not None


def test_a_form_whose_list_file_the_program_lacks_is_refused(context: AppContext, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(PERSON_FORM)
    survey = book["survey"]
    headers = [c.value for c in survey[1]]
    for row in survey.iter_rows(min_row=2):
        if row[headers.index("name")].value == "nationality":
            row[headers.index("type")].value = "select_one_from_file ethnic_groups.csv"
    target = tmp_path / "own_list.xlsx"
    book.save(target)
    (tmp_path / "ethnic_groups.csv").write_text("code,name_ru,name_kk\n1,а,а\n", encoding="utf-8")
    result = form_service.check_file(target)
    assert not result.ok and "ethnic_groups.csv" in result.problems[0].render()
    with context.uow() as uow, pytest.raises(ValidationError):
        form_service.install_form(uow, target)


def test_not_known_answers_are_counted_apart_on_complete_sheets(context: AppContext) -> None:
    import random

    pid = add_person(context, "Омарова", "Дана", "100515601236", dt.date(2010, 5, 15))
    with context.uow() as uow:
        form = form_service.current_form(uow, "person")
        opened = entry.open_sheet(uow, pid)
        at_moment = forms.Context.for_campaign(context.campaign)
        answers = questionnaires.demo_answers(form, opened.answers, random.Random(3), at_moment)
        answers |= {"livelihood": [forms.UNKNOWN], "nationality": forms.UNKNOWN}
        assert questionnaires.not_known(uow) == questionnaires.NotKnown(0, 0)
        saved = entry.complete(
            uow,
            pid,
            entry.Draft(answers, default_source="records", default_document="Личное дело 7"),
            expected_revision=0,
            campaign=context.campaign, outside_window=True,
        )
        assert saved.state == "complete"
        assert questionnaires.not_known(uow) == questionnaires.NotKnown(answers=2, sheets=1)


def test_the_institution_sheet_is_checked_against_the_register(context: AppContext, tmp_path: Path) -> None:
    """Residents at the moment by category on the institution sheet equal the register's count, or the
    difference is a warning with both numbers; the demo's sheet agrees with its register (a demo of its
    own: other tests work in the shared one)."""
    from desktop.app import demo_context
    from desktop.services import info

    demo = demo_context(tmp_path / "demo", "ru")
    try:
        with demo.uow() as uow:
            assert questionnaires.residents_differences(uow, campaign=demo.campaign) == []
            assert info.counts(uow, campaign=demo.campaign).warnings == []
    finally:
        demo.close()
    add_person(context, "Омарова", "Дана", "100515601236", dt.date(2010, 5, 15))
    add_person(context, "Омаров", "Ерлан", None, dt.date(1980, 1, 2), sex="M")
    add_person(context, "Жаңа", "Айым", None, dt.date(2021, 9, 2))  # born after the moment: not counted
    with context.uow() as uow:
        assert questionnaires.register_residents(uow, campaign=context.campaign) == {
            "residents_total": 2,
            "residents_children": 1,
            "residents_women": 1,
            "residents_foreign": 0,
            "residents_absent": 0,
            "residents_present": 0,
        }
        uow.session.add(Sheet(kind="institution", form_id="census2021_institution", form_version="2021.3-r",
                              answers={"residents_total": 3, "residents_children": 1, "residents_women": 1}))
        uow.commit()
        found = [m.render() for m in questionnaires.residents_differences(uow, campaign=context.campaign)]
    assert found == ["Institution sheet: all residents 3, but the register counts 2 at the moment."]


def test_a_form_written_elsewhere_is_checked_and_installed_with_notices(
    context: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An .xls from pyxform's examples: no form_id, no version, ``label:english`` — valid, with notices."""
    source = Path(__file__).parents[1] / "data" / "xlsforms" / "pyxform" / "text_and_integer.xls"
    copy = tmp_path / "household.xls"
    copy.write_bytes(source.read_bytes())
    assert main(["--lang", "en", "forms", "check", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "The form household version sha-" in out
    assert "sheet “settings”, row 2, column “form_id”: The settings give no form_id" in out
    with context.uow() as uow:
        info = form_service.install_form(uow, copy)
    assert info.form_id == "household"
    with context.uow() as uow:
        assert form_service.find_form(uow, "household", info.version) is not None


def test_metadata_questions_take_the_employee_and_the_computer(context: AppContext) -> None:
    import platform

    from desktop.models.entities import Employee

    with context.uow() as uow:
        row = Employee(full_name="Айгерім Сәрсенова", phone="+7 701 000 00 00")
        uow.session.add(row)
        uow.commit()
        actor = row.uuid
    with context.db.uow(actor) as uow:
        metadata = form_service.sheet_metadata(uow)
    assert metadata == {"deviceid": platform.node(), "username": "Айгерім Сәрсенова", "phonenumber": "+7 701 000 00 00"}
    with context.uow() as uow:
        assert "username" not in form_service.sheet_metadata(uow)  # the system acts: nobody's name


def test_a_form_is_installed_with_the_csv_file_it_reads(context: AppContext, tmp_path: Path) -> None:
    """pyxform's pull_data.xlsx reads fruits.csv with pulldata(): the file beside it is kept with it."""
    corpus = Path(__file__).parents[1] / "data" / "xlsforms" / "pyxform"
    form_file = tmp_path / "pull_data.xlsx"
    form_file.write_bytes((corpus / "pull_data.xlsx").read_bytes())
    (tmp_path / "fruits.csv").write_bytes((corpus / "fruits.csv").read_bytes())
    assert form_service.check_file(form_file).ok
    with context.uow() as uow:
        info = form_service.install_form(uow, form_file)
    (tmp_path / "fruits.csv").unlink()
    form_service._cache.clear()  # read again from the database, as at the next start
    with context.uow() as uow:
        form = form_service.find_form(uow, info.form_id, info.version)
    assert form is not None and form.files["fruits"][1] == {"name_key": "orange", "name": "Orange"}
    scope = forms.Scope({}, dt.date(2021, 9, 1), dt.date(2021, 10, 5), lookups=form)
    assert forms.compile_expression("pulldata('fruits', 'name', 'name_key', 'orange')").evaluate(scope) == "Orange"
    alone = tmp_path / "alone" / "pull_data.xlsx"
    alone.parent.mkdir()
    alone.write_bytes(form_file.read_bytes())
    result = form_service.check_file(alone)
    assert not result.ok and "fruits.csv" in result.problems[0].render()
