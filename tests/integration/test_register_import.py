"""Import of messy registers as institutions keep them, reconciliation on a second import, the
error report and the exports — real files, a real database."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.app import AppContext
from desktop.domain.enums import CitizenshipKind
from desktop.domain.errors import FileProblem, ValidationError
from desktop.domain.iin import Sex, make_iin
from desktop.domain.person import PersonData, Problem
from desktop.models.db import UnitOfWork
from desktop.services import institution
from desktop.services import register as reg
from desktop.services import register_export as export
from desktop.services import register_import as imp


def iin_of(born: dt.date, sex: Sex, serial: int) -> str:
    number = make_iin(born, sex, serial)
    while number is None:
        serial += 1
        number = make_iin(born, sex, serial)
    return number


MARIA = iin_of(dt.date(2005, 3, 8), Sex.FEMALE, 11)  # starts with 0: Excel loses it
ERLAN = iin_of(dt.date(1987, 3, 15), Sex.MALE, 12)
PETR = iin_of(dt.date(2010, 1, 20), Sex.MALE, 13)
AIGERIM = iin_of(dt.date(1999, 12, 1), Sex.FEMALE, 14)
BAD = ERLAN[:11] + str((int(ERLAN[11]) + 1) % 10)


def person_rows() -> list[list[object]]:
    """The people of the messy register (without the number column)."""
    return [
        ["ИВАНОВА", "МАРИЯ", "ПЕТРОВНА", int(MARIA), dt.datetime(2005, 3, 8), "Ж", "РК", "1-топ", ""],
        [
            "Сүлейменов",
            "Ерлан",
            "Асқарұлы",
            f"{ERLAN[:6]} {ERLAN[6:]}",
            "15.03.1987 г.",
            "муж.",
            "Казахстан",
            "Медблок",
            "",
        ],
        ["Каримов", "Бахтиёр", "", None, "02.02.2001", "ер", "Узбекистан", "1-топ", "иностранец"],
        ["Ошибкин", "Олег", "", BAD, "15.03.1987", "М", "РК", "1-топ", ""],
        ["Петров", "Пётр", "Ильич", PETR, "20.01.2010", "жен.", "РК", "2-топ", ""],
        ["Нұрланова", "Әйгерім", "", AIGERIM, "1999-12-01", "әйел", "ҚР", "2-топ", "+7 701 000 00 00"],
        ["Иванова", "Мария", "Петровна", MARIA, "08.03.2005", "жен", "РК", "1-топ", "дубль"],
    ]


def write_messy_register(path: Path, people: list[list[object]] | None = None) -> Path:
    """A register as an institution keeps it: title rows, a merged two-row header in Kazakh and
    Russian, column numbers, IINs as numbers and with spaces, dates of every kind, a blank row,
    the same person twice, a totals line and signatures."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Тізім"
    sheet["A1"] = "Жамбыл облысы әкімдігінің «Шаңырақ» мектеп-интернаты"
    sheet.merge_cells("A1:J1")
    sheet["A2"] = "Список воспитанников по состоянию на 01.06.2021 г."
    sheet.merge_cells("A2:J2")
    sheet.append([])
    sheet.append(
        [
            "№ п/п",
            "Аты-жөні / ФИО",
            None,
            None,
            "ЖСН / ИИН",
            "Туған күні / Дата рождения",
            "Жынысы / Пол",
            "Азаматтығы / Гражданство",
            "Топ / Группа",
            "Ескертпе / Примечание",
        ]
    )
    sheet.merge_cells("B4:D4")
    sheet.append([None, "Тегі / Фамилия", "Аты / Имя", "Әкесінің аты / Отчество"])
    sheet.append(list(range(1, 11)))
    rows = people if people is not None else person_rows()
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
        if number == 3:
            sheet.append([])  # a blank row in the middle
    sheet.append([None, "Итого: 7 человек"])
    sheet.append([])
    sheet.append([None, "Директор", None, "____________", "Әбдірахманова Г.С."])
    sheet.append([None, "М.П."])
    book.save(path)
    return path


def write_cp1251_csv(path: Path) -> Path:
    lines = [
        "Список воспитанников;;;;",
        "ФИО;ИИН;Дата рождения;Пол;Группа",
        f"ИВАНОВА МАРИЯ ПЕТРОВНА;{int(MARIA)};08.03.2005;Ж;1-топ",
        f"Сулейменов Ерлан Аскарович;{ERLAN};15.03.1987 г.;муж.;Медблок",
        ";;;;",
        "Всего: 2;;;;",
    ]
    path.write_bytes("\r\n".join(lines).encode("cp1251"))
    return path


def _preview(context: AppContext, path: Path) -> imp.ImportPreview:
    with context.uow() as uow:
        table = imp.read_table(path)
        proposal = imp.propose_mapping(uow, table)
        return imp.preview_import(uow, table, proposal, campaign=context.campaign)


def test_header_found_under_title_rows_and_mapped_in_both_languages(tmp_path: Path) -> None:
    table = imp.read_table(write_messy_register(tmp_path / "r.xlsx"))
    proposal = imp.detect_header(table)
    assert proposal.header_row == 4  # the second row of the two-row header (0-based)
    assert proposal.mapping == {
        1: "surname",
        2: "name",
        3: "patronymic",
        4: "iin",
        5: "birth_date",
        6: "sex",
        7: "citizenship",
        8: "unit",
        9: "note",
    }


def test_messy_register_gives_exactly_its_people(context: AppContext, tmp_path: Path) -> None:
    preview = _preview(context, write_messy_register(tmp_path / "r.xlsx"))
    counts = preview.counts()
    assert (counts["new"], counts["errors"], counts["duplicates"]) == (5, 1, 1)
    error = preview.of("error")[0]
    assert BAD in error.errors[0].render() and error.line == 11
    duplicate = preview.of("duplicate")[0]
    assert "row 7" in duplicate.errors[0].render()
    with context.uow() as uow:
        result = imp.apply_import(uow, preview)
    assert result.imported == 5
    with context.uow() as uow:
        people = {p.surname: p for p in reg.list_persons(uow, campaign=context.campaign)}
    assert sorted(people) == ["Иванова", "Каримов", "Нұрланова", "Петров", "Сүлейменов"]
    maria = people["Иванова"]
    assert (maria.iin, maria.name, maria.birth_date, maria.sex, maria.unit) == (
        MARIA,
        "Мария",
        dt.date(2005, 3, 8),
        "F",
        "1-топ",
    )
    assert people["Сүлейменов"].iin == ERLAN and people["Сүлейменов"].birth_date == dt.date(1987, 3, 15)
    assert people["Каримов"].citizenship == "foreign" and people["Каримов"].country_code == "860"
    assert people["Каримов"].problems == (Problem.IIN_MISSING,)
    assert people["Петров"].problems == (Problem.SEX_MISMATCH,)
    assert people["Нұрланова"].note == "+7 701 000 00 00"


def test_the_skipped_count_is_the_lines_listed_as_skipped(context: AppContext, tmp_path: Path) -> None:
    preview = _preview(context, write_messy_register(tmp_path / "r.xlsx"))
    listed = [" ".join(c for c in r.cells if c) for r in preview.of("skipped") if not r.blank]
    assert preview.counts()["skipped"] == len(listed) == 4  # column numbers, totals, two lines of signatures
    assert "Итого: 7 человек" in listed and any("Директор" in line for line in listed)
    assert preview.counts()["blank"] >= 2  # the blank rows are not counted among them


def test_second_import_shows_only_the_differences(context: AppContext, tmp_path: Path) -> None:
    with context.uow() as uow:
        imp.apply_import(uow, _preview(context, write_messy_register(tmp_path / "first.xlsx")))
    people = person_rows()
    people[0][7] = "3-топ"  # Maria moved to another group
    del people[1]  # Erlan is no longer listed
    people.append(["Жаңа", "Адам", "", iin_of(dt.date(2012, 6, 1), Sex.MALE, 20), "01.06.2012", "М", "РК", "1-топ", ""])
    preview = _preview(context, write_messy_register(tmp_path / "second.xlsx", people))
    counts = preview.counts()
    assert (counts["new"], counts["update"], counts["unchanged"], counts["no_longer_listed"]) == (1, 1, 3, 1)
    update = preview.of("update")[0]
    assert [(c.field, c.old, c.new) for c in update.changes] == [("unit", "1-топ", "3-топ")]
    assert [m.full_name for m in preview.missing] == ["Сүлейменов Ерлан Асқарұлы"]
    with context.uow() as uow:
        result = imp.apply_import(
            uow, preview, imp.Decisions(mark_left={preview.missing[0].id}, left_on=dt.date(2021, 7, 1))
        )
        assert (result.imported, result.updated, result.marked_left) == (1, 1, 1)
        assert reg.count_persons(uow, campaign=context.campaign) == 6
        erlan = reg.person_by_iin(uow, ERLAN, campaign=context.campaign)
        assert erlan is not None and erlan.left_on == dt.date(2021, 7, 1)
        maria = reg.person_by_iin(uow, MARIA, campaign=context.campaign)
        assert maria is not None and maria.unit == "3-топ"
        assert [e.kind for e in reg.history(uow, maria.id)] == ["imported", "edited"]
    # a third import of the same file changes nothing
    again = _preview(context, write_messy_register(tmp_path / "third.xlsx", people))
    assert (again.counts()["new"], again.counts()["update"]) == (0, 0)


def test_rejected_changes_are_left_alone(context: AppContext, tmp_path: Path) -> None:
    with context.uow() as uow:
        imp.apply_import(uow, _preview(context, write_messy_register(tmp_path / "first.xlsx")))
    people = person_rows()
    people[0][7] = "3-топ"
    preview = _preview(context, write_messy_register(tmp_path / "second.xlsx", people))
    line = preview.of("update")[0].line
    with context.uow() as uow:
        result = imp.apply_import(uow, preview, imp.Decisions(rejected_changes={(line, "unit")}))
        assert result.updated == 0
        maria = reg.person_by_iin(uow, MARIA, campaign=context.campaign)
        assert maria is not None and maria.unit == "1-топ"


def test_mapping_is_remembered_per_layout(context: AppContext, tmp_path: Path) -> None:
    path = write_messy_register(tmp_path / "r.xlsx")
    with context.uow() as uow:
        table = imp.read_table(path)
        proposal = imp.propose_mapping(uow, table)
        assert not proposal.remembered
        proposal.mapping = {c: f for c, f in proposal.mapping.items() if f != "note"}  # the user drops a column
        imp.apply_import(uow, imp.preview_import(uow, table, proposal, campaign=context.campaign))
    with context.uow() as uow:
        again = imp.propose_mapping(uow, imp.read_table(path))
        assert again.remembered and "note" not in again.mapping.values()


def test_cp1251_csv_is_detected(context: AppContext, tmp_path: Path) -> None:
    preview = _preview(context, write_cp1251_csv(tmp_path / "r.csv"))
    assert preview.counts()["new"] == 2
    names = sorted(r.data.surname for r in preview.of("new") if r.data)
    assert names == ["Иванова", "Сулейменов"]
    assert {r.data.iin for r in preview.of("new") if r.data} == {MARIA, ERLAN}


def test_utf8_bom_csv_with_commas(context: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes("\ufeffФамилия,Имя,ИИН,Пол\nАхметов,Серік,,ер\n".encode())
    preview = _preview(context, path)
    assert [(r.data.surname, r.data.name) for r in preview.of("new") if r.data] == [("Ахметов", "Серік")]


@pytest.mark.parametrize("content", [b"", b"\x00\x01garbage\xff" * 50, b"PK\x03\x04broken zip"])
def test_a_broken_file_is_refused_with_one_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(content)
    with pytest.raises(FileProblem) as error:
        imp.read_table(path)
    assert "broken.xlsx" in error.value.render()


def test_a_file_without_a_surname_column_is_refused(context: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("ИИН;Пол\n123;М\n", encoding="utf-8")
    with context.uow() as uow, pytest.raises(ValidationError):
        table = imp.read_table(path)
        imp.preview_import(uow, table, imp.propose_mapping(uow, table), campaign=context.campaign)


def test_mapping_file_for_the_command_line(context: AppContext, tmp_path: Path) -> None:
    path = write_messy_register(tmp_path / "r.xlsx")
    spec = tmp_path / "m.json"
    spec.write_text(json.dumps({"surname": "B", "name": 3, "iin": "ЖСН / ИИН", "header_row": 5}), encoding="utf-8")
    table = imp.read_table(path)
    proposal = imp.mapping_from_file(spec, table)
    assert proposal.mapping == {1: "surname", 2: "name", 4: "iin"}
    spec.write_text(json.dumps({"shoe_size": "B"}), encoding="utf-8")
    with pytest.raises(ValidationError):
        imp.mapping_from_file(spec, table)


def test_error_report_lists_refused_rows_with_reasons(context: AppContext, tmp_path: Path) -> None:
    preview = _preview(context, write_messy_register(tmp_path / "r.xlsx"))
    report = tmp_path / "errors.xlsx"
    assert imp.write_error_report(preview, report, context.translate) == 2
    sheet = load_workbook(report).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:2] == ("Строка", "Причина")
    assert rows[1][0] == 11 and BAD in rows[1][1] and "Ошибкин" in rows[1]


def _profile(context: AppContext) -> None:
    with context.uow() as uow:
        institution.save_profile(
            uow,
            institution.ProfileInput(
                name_kk="«Шаңырақ» мектеп-интернаты",
                name_ru="Школа-интернат «Шанырак»",
                bin="100540012349",
                type_code="06",
                kato_code="311000000",
                head_name="Әбдірахманова Гүлнәр Сәкенқызы",
            ),
        )


def test_stage1_xlsx_has_the_documented_layout_and_is_safe(context: AppContext, tmp_path: Path) -> None:
    _profile(context)
    with context.uow() as uow:
        imp.apply_import(uow, _preview(context, write_messy_register(tmp_path / "r.xlsx")))
        nurlanova = reg.person_by_iin(uow, AIGERIM, campaign=context.campaign)
        assert nurlanova is not None
        reg.update_person(
            uow, nurlanova.id, dataclasses.replace(nurlanova.data(), surname="=1+2"), campaign=context.campaign
        )
        count = export.export_stage1_xlsx(uow, tmp_path / "stage1.xlsx", campaign=context.campaign)
    assert count == 5
    sheet = load_workbook(tmp_path / "stage1.xlsx").active
    assert sheet.title == "Список"
    assert "Шаңырақ" in sheet["A1"].value and "01.06.2021" in sheet["A2"].value
    assert [c.value for c in sheet[4]][:3] == ["№", "ИИН / ЖСН", "Фамилия / Тегі"]
    rows = {r[2]: r for r in sheet.iter_rows(min_row=5, values_only=True) if isinstance(r[0], int)}
    assert rows["Иванова"][1] == MARIA  # leading zero kept, as text
    assert rows["Иванова"][5] == dt.datetime(2005, 3, 8)
    assert rows["Иванова"][6] == "Ж"
    assert rows["Каримов"][7] == "Узбекистан"
    formula = next(c for c in sheet["C"] if c.value == "=1+2")
    assert formula.data_type == "s"  # text, never a formula
    # the exported list imports back as the same people
    with context.uow() as uow:
        table = imp.read_table(tmp_path / "stage1.xlsx")
        again = imp.preview_import(uow, table, imp.propose_mapping(uow, table), campaign=context.campaign)
    assert again.counts()["unchanged"] == 5 and again.counts()["errors"] == 0


def test_whole_register_and_pdf(context: AppContext, tmp_path: Path) -> None:
    _profile(context)
    with context.uow() as uow:
        imp.apply_import(uow, _preview(context, write_messy_register(tmp_path / "r.xlsx")))
        erlan = reg.person_by_iin(uow, ERLAN, campaign=context.campaign)
        assert erlan is not None
        reg.mark_left(uow, erlan.id, dt.date(2021, 5, 1), "transferred", campaign=context.campaign)
        assert export.export_register_xlsx(uow, tmp_path / "all.xlsx", campaign=context.campaign) == 5
        assert export.export_stage1_pdf(uow, tmp_path / "stage1.pdf", campaign=context.campaign) == 4
    sheet = load_workbook(tmp_path / "all.xlsx").active
    left = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[2] == "Сүлейменов")
    assert left[11] == dt.datetime(2021, 5, 1) and left[12] == "Перевод / Ауыстырылу"
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "stage1.pdf").pages)
    assert "Әбдірахманова" in text and "Нұрланова" in text and "Сүлейменов" not in text


def test_near_identical_names_born_the_same_day_are_flagged(context: AppContext, tmp_path: Path) -> None:
    people = person_rows()[:3]
    people.append(["Сулеменов", "Ерлан", "Асқарұлы", None, "15.03.1987", "М", "РК", "Медблок", ""])  # a typo
    preview = _preview(context, write_messy_register(tmp_path / "r.xlsx", people))
    flagged = [r for r in preview.of("new") if r.data and r.data.surname == "Сулеменов"]
    assert len(flagged) == 1
    assert any("row 8" in m.render() for m in flagged[0].warnings)  # Сүлейменов Ерлан Асқарұлы, row 8


def test_a_cancelled_import_writes_nothing(context: AppContext, tmp_path: Path) -> None:
    from desktop.services.jobs import Cancelled

    preview = _preview(context, write_messy_register(tmp_path / "r.xlsx"))

    def cancel(done: int, total: int) -> None:
        if done:
            raise Cancelled()

    with context.uow() as uow, pytest.raises(Cancelled):
        imp.apply_import(uow, preview, progress=cancel)
    with context.uow() as uow:
        assert reg.count_persons(uow, campaign=context.campaign) == 0 and reg.list_units(uow) == []


def test_nearly_the_same_name_gives_one_answer_in_the_file_and_against_the_register(
    context: AppContext, tmp_path: Path
) -> None:
    """Оманов/Аманов Болат, born the same day: flagged whether the other is a row above or already
    in the register (they scored 50 between two rows and 91.7 against the register)."""

    def row(surname: str) -> list[object]:
        return [surname, "Болат", "", None, "01.02.2001", "ер", "Узбекистан", "1-топ", ""]

    both = _preview(context, write_messy_register(tmp_path / "both.xlsx", [row("Аманов"), row("Оманов")]))
    assert [m.render() for r in both.of("new") for m in r.warnings if "Nearly" in m.render()] == [
        "Nearly the same as row 7, born the same day."
    ]
    with context.uow() as uow:
        born = dt.date(2001, 2, 1)
        foreign = CitizenshipKind.FOREIGN
        amanov = PersonData("Аманов", "Болат", birth_date=born, sex=Sex.MALE, citizenship=foreign, country_code="UZB")
        reg.add_person(uow, amanov, campaign=context.campaign)
    one = _preview(context, write_messy_register(tmp_path / "one.xlsx", [row("Оманов")]))
    assert [m.render() for r in one.of("new") for m in r.warnings if "Nearly" in m.render()] == [
        "Nearly the same as Аманов Болат, already in the register, born the same day."
    ]
    with context.uow() as uow:
        imp.apply_import(uow, one)
        assert [
            (p.first.surname, p.second.surname, p.reason) for p in reg.screen_duplicates(uow, campaign=context.campaign)
        ] == [("Аманов", "Оманов", "similar_name_birth")]


def test_a_person_imported_in_bulk_is_stored_as_one_added_in_the_window(context: AppContext, tmp_path: Path) -> None:
    """The bulk insert and :func:`register.add_person` store the same values in every column (but
    the id, the UUID and the times)."""
    from sqlalchemy import select

    from desktop.models.entities import Person

    path = tmp_path / "one.csv"
    path.write_text(
        f"ФИО;ИИН;Дата рождения;Пол;Группа;Примечание\nНұрланова Әйгерім Серікқызы;{AIGERIM};"
        "01.12.1999;әйел;2-топ;аллергия\n",
        encoding="utf-8",
    )
    with context.uow() as uow:
        table = imp.read_table(path)
        preview = imp.preview_import(uow, table, imp.propose_mapping(uow, table), campaign=context.campaign)
        imp.apply_import(uow, preview)
    with context.uow() as uow:
        bulk = uow.session.execute(select(Person.__table__)).mappings().one()
        bulk_text = _stored_text(uow)
        data = PersonData(
            "Нұрланова",
            "Әйгерім",
            "Серікқызы",
            AIGERIM,
            dt.date(1999, 12, 1),
            Sex.FEMALE,
            unit="2-топ",
            note="аллергия",
        )
        uow.session.execute(Person.__table__.delete())
        uow.commit()
        added = reg.add_person(uow, data, campaign=context.campaign)
        orm = uow.session.execute(select(Person.__table__).where(Person.id == added.id)).mappings().one()
        assert _shape(_stored_text(uow)) == _shape(bulk_text)  # dates stored alike, to the character
    differ = {k for k in orm if orm[k] != bulk[k]}
    assert differ - {"id"} == {"uuid", "created_at", "updated_at"}
    assert bulk["revision"] == 1 and bulk["created_at"] == bulk["updated_at"] and bulk["created_at"].tzinfo


def _stored_text(uow: UnitOfWork) -> tuple[object, ...]:
    """The times and dates of the one person as the database stores them."""
    from sqlalchemy import text

    sql = "SELECT CAST(created_at AS TEXT), CAST(updated_at AS TEXT), CAST(birth_date AS TEXT) FROM person"
    return tuple(uow.session.execute(text(sql)).one())


def _shape(values: tuple[object, ...]) -> tuple[str, ...]:
    """Digits as 9; a fraction of a second as ".f" (PostgreSQL drops its trailing zeros)."""
    shaped = (re.sub(r"\.\d{1,6}(?=\D|$)", ".f", str(v)) for v in values)
    return tuple("".join("9" if ch.isdigit() else ch for ch in v) for v in shaped)


def test_the_import_leaves_the_connection_as_it_found_it(context: AppContext, tmp_path: Path) -> None:
    """The larger page cache of the bulk insert does not stay on the pooled connection."""
    if not context.db.is_sqlite:
        pytest.skip("a page cache of SQLite")

    def cache_size() -> int:
        with context.uow() as uow:
            return int(uow.session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one())

    before = cache_size()
    preview = _preview(context, write_messy_register(tmp_path / "r.xlsx"))
    with context.uow() as uow:
        assert imp.apply_import(uow, preview).imported == 5
    assert cache_size() == before


def _dated_register(path: Path) -> Path:
    """A plain register with admission and leaving dates around the reference moment."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Фамилия", "Имя", "Дата рождения", "Пол", "Дата поступления", "Дата выбытия"])
    sheet.append(["Ушедший", "Олег", "10.10.1970", "М", "01.01.2015", "31.08.2021"])
    sheet.append(["Ушедший", "Павел", "10.10.1971", "М", "01.01.2015", "01.09.2021"])
    sheet.append(["Поступивший", "Иван", "10.10.1972", "М", "02.09.2021", None])
    sheet.append(["Поступивший", "Семён", "10.10.1973", "М", "31.08.2021", None])
    sheet.append(["Новорождённая", "Айым", "02.09.2021", "Ж", "02.09.2021", None])
    book.save(path)
    return path


def test_the_import_derives_who_is_counted_from_the_dates(context: AppContext, tmp_path: Path) -> None:
    preview = _preview(context, _dated_register(tmp_path / "dated.xlsx"))
    counted = {r.data.name: r.counted for r in preview.rows if r.data is not None}
    assert counted == {"Олег": False, "Павел": True, "Иван": False, "Семён": True, "Айым": False}
    assert preview.counts()["not_counted"] == 3
    oleg = next(r for r in preview.rows if r.data is not None and r.data.name == "Олег")
    assert any("31.08.2021" in str(m) and "not counted" in str(m) for m in oleg.warnings)
    with context.uow() as uow:
        imp.apply_import(uow, preview)
        rows = {r.name: r for r in reg.list_persons(uow, campaign=context.campaign)}
        assert {n: r.status for n, r in rows.items()} == {
            "Олег": "not_resident",
            "Павел": "to_enumerate",
            "Иван": "not_resident",
            "Семён": "to_enumerate",
            "Айым": "not_resident",
        }
        assert rows["Айым"].age is None  # born after the moment: no age of −1
        assert Problem.NOT_COUNTED in rows["Айым"].problems
        assert Problem.NOT_COUNTED not in rows["Павел"].problems
        flagged = reg.list_persons(uow, reg.Filters(problem="not_counted"), campaign=context.campaign)
        assert sorted(r.name for r in flagged) == ["Айым", "Иван", "Олег"]
        on_list = reg.list_persons(uow, reg.Filters(state="on_list"), campaign=context.campaign)
        assert sorted(r.name for r in on_list) == ["Олег", "Павел"]  # nobody born or admitted after 1 June


def test_a_woman_s_iin_held_as_a_man_is_flagged_in_the_preview_and_the_register(
    context: AppContext, tmp_path: Path
) -> None:
    people = [["Жанова", "Айым", "", "100515601236", "15.05.2010", "муж.", "РК", "1-топ", ""]]
    preview = _preview(context, write_messy_register(tmp_path / "r.xlsx", people))
    (row,) = preview.of("new")
    assert row.problems == (Problem.SEX_MISMATCH,)
    assert [m.render() for m in row.warnings] == [
        "The sex is male, but the IIN 100515601236 is a woman's (its 7th digit)."
    ]
    with context.uow() as uow:
        imp.apply_import(uow, preview)
        (person,) = reg.list_persons(uow, campaign=context.campaign)
        assert person.sex == "M" and person.problems == (Problem.SEX_MISMATCH,)
        assert [m.render() for _p, m in person.problem_messages()] == [
            "The sex is male, but the IIN 100515601236 is a woman's (its 7th digit)."
        ]


def test_a_bulk_import_keeps_the_person_indexes_even_when_cancelled(context: AppContext, tmp_path: Path) -> None:
    """Into an empty register the indexes are built after the rows; a cancelled import rolls back
    the rows and leaves every index as it was, a finished one ends with the same indexes."""
    from sqlalchemy import text

    from desktop.services.jobs import Cancelled

    if not context.db.is_sqlite:
        pytest.skip("the indexes are rebuilt on SQLite only")

    def indexes() -> list[tuple[str, str]]:
        with context.uow() as uow:
            sql = "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'person' AND type = 'index' ORDER BY name"
            return [tuple(row) for row in uow.session.execute(text(sql))]

    before = indexes()
    assert len(before) >= 4
    path = tmp_path / "r.csv"  # no unit column: nothing is written before the persons
    path.write_text(
        f"ФИО;ИИН;Дата рождения\nСүлейменов Ерлан;{ERLAN};15.03.1987\nПетров Пётр Ильич;{PETR};20.01.2010\n",
        encoding="utf-8",
    )
    preview = _preview(context, path)
    calls = []

    def cancel_in_the_middle(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 2:  # the rows are in, the indexes not yet built again
            raise Cancelled()

    with context.uow() as uow, pytest.raises(Cancelled):
        imp.apply_import(uow, preview, progress=cancel_in_the_middle)
    assert indexes() == before
    with context.uow() as uow:
        assert reg.count_persons(uow, campaign=context.campaign) == 0
        assert imp.apply_import(uow, preview).imported == 2
    assert indexes() == before
    with context.uow() as uow:
        found = reg.list_persons(uow, reg.Filters(text="Сүлейменов"), campaign=context.campaign)
        assert [p.iin for p in found] == [ERLAN]


def test_a_value_repeated_in_many_rows_reads_for_each_as_if_it_were_alone(context: AppContext, tmp_path: Path) -> None:
    """Each distinct cell is read once for the whole file; every row still gets what its own cells
    say: the same date, sex, citizenship or wrong date in several rows, with IINs that agree with
    them or not, give each row the outcome a file of that row alone gives."""
    from desktop.domain.text import english

    other = iin_of(dt.date(1987, 3, 15), Sex.FEMALE, 31)
    people = [
        ["Сүлейменов", "Ерлан", "", ERLAN, "15.03.1987 г.", "муж.", "РК", "1-топ", ""],
        ["Жұмабаева", "Алия", "", other, "15.03.1987 г.", "муж.", "РК", "1-топ", ""],  # sex contradicts the IIN
        ["Петров", "Пётр", "", PETR, "15.03.1987 г.", "муж.", "РК", "2-топ", ""],  # date contradicts the IIN
        ["Ким", "Игорь", "", None, "31.02.2001", "муж.", "Узбекистан", "2-топ", ""],  # not a date
        ["Ли", "Олег", "", None, "31.02.2001", "ер", "Узбекистан", "2-топ", ""],
        ["Каримов", "Бахтиёр", "", None, "02.02.2001", "ер", "Узбекистан", "", ""],
        ["Нұрланова", "Әйгерім", "", int(AIGERIM), dt.datetime(1999, 12, 1), "әйел", "ҚР", "", ""],
        ["Оспанова", "Дана", "", None, dt.datetime(1999, 12, 1), "әйел", "ҚР", "", ""],  # no IIN
    ]

    def seen(row: imp.RowOutcome) -> tuple[object, ...]:
        return (
            row.kind,
            row.data,
            [m.render(english) for m in row.errors],
            [m.render(english) for m in row.warnings],
            row.problems,
        )

    together = [seen(r) for r in _preview(context, write_messy_register(tmp_path / "all.xlsx", people)).rows
                if r.kind != "skipped"]
    alone = [
        seen(next(r for r in _preview(context, write_messy_register(tmp_path / f"{k}.xlsx", [person])).rows
                  if r.kind != "skipped"))
        for k, person in enumerate(people)
    ]
    assert together == alone
    kinds = [row[0] for row in together]
    assert kinds == ["new", "new", "new", "error", "error", "new", "new", "new"]
    assert Problem.SEX_MISMATCH in together[1][4] and Problem.SEX_MISMATCH not in together[0][4]
    assert Problem.BIRTH_DATE_MISMATCH in together[2][4]
