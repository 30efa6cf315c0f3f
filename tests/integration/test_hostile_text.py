"""Names and numbers that look right but are not: invisible characters, bidirectional overrides,
digits of other scripts, names as long as a book — cleaned or refused with the row number, in the
dialog's write path and the import alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.app import AppContext
from desktop.domain import iin
from desktop.domain.errors import ValidationError
from desktop.domain.person import PersonData, clean_text
from desktop.models.entities import Person
from desktop.services import institution, tables
from desktop.services import register as reg
from desktop.services import register_import as imp

HOSTILE = Path(__file__).resolve().parent.parent / "hostile"
IIN = "900515300078"
FULLWIDTH = "".join(chr(0xFF10 + int(c)) for c in IIN)
ARABIC_INDIC = "".join(chr(0x0660 + int(c)) for c in IIN)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("\u202eвонавИ", "вонавИ"),
        ("Пет\u200bров", "Петров"),
        ("Пётр\x00", "Пётр"),
        ("\ufeffАнна\u2066", "Анна"),
        ("Әлия\u200d Нұр", "Әлия Нұр"),
    ],
)
def test_invisible_characters_are_removed_from_names(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean
    assert PersonData(raw).cleaned().surname == clean


@pytest.mark.parametrize("digits", [FULLWIDTH, ARABIC_INDIC, f"{FULLWIDTH[:6]} {FULLWIDTH[6:]}"])
def test_iins_in_other_digits_become_ascii(digits: str) -> None:
    assert iin.normalize(digits) == IIN
    assert iin.problem(IIN) is None


def test_an_iin_that_only_looks_like_digits_is_refused() -> None:
    assert iin.problem("９００５１５３０００７８") is iin.IinProblem.NOT_DIGITS
    assert iin.problem("²⁰⁰⁵¹⁵³⁰⁰⁰⁷⁸") is iin.IinProblem.NOT_DIGITS
    assert iin.bin_problem("٩٠٠٥١٥٣٠٠٠٧٨") is iin.IinProblem.NOT_DIGITS


def test_the_import_cleans_names_normalises_digits_and_refuses_a_book_with_its_row(context: AppContext) -> None:
    table = tables.read_table(HOSTILE / "names_and_digits.csv")
    with context.uow() as uow:
        preview = imp.preview_import(uow, table, imp.propose_mapping(uow, table), campaign=context.campaign)
        by_line = {row.line: row for row in preview.rows}
        assert by_line[5].kind == "error"
        assert any("5007 characters" in error.render() for error in by_line[5].errors)
        assert by_line[2].data is not None and by_line[2].data.surname == "вонавИ"
        assert [by_line[n].data.iin for n in (2, 3, 4) if by_line[n].data] == [IIN, IIN, IIN]
        assert {by_line[3].kind, by_line[4].kind} == {"duplicate"}
        imp.apply_import(uow, preview)
    with context.uow() as uow:
        stored = uow.session.execute(select(Person.surname, Person.name, Person.iin)).all()
    assert sorted(stored) == [("вонавИ", "Иван", IIN)]
    assert all(part.isprintable() and len(part) <= 100 for row in stored for part in row if part)


def test_the_dialogs_write_path_refuses_a_name_as_long_as_a_book(context: AppContext) -> None:
    with context.uow() as uow, pytest.raises(ValidationError):
        book = PersonData("Ы" * 100_000, "Иван", birth_date=dt.date(1990, 1, 1))
        reg.add_person(uow, book, campaign=context.campaign)
    with context.uow() as uow:
        row = reg.add_person(
            uow, PersonData("\u202eвонавИ", "Иван", iin=ARABIC_INDIC), campaign=context.campaign
        )
        person = uow.session.get(Person, row.id)
        assert person is not None and (person.surname, person.iin) == ("вонавИ", IIN)


def test_a_bin_in_fullwidth_digits_is_stored_in_ascii(context: AppContext) -> None:
    bin_ = "100540012349"
    with context.uow() as uow:
        profile = institution.save_profile(
            uow,
            institution.ProfileInput(
                name_kk="«Үміт» балалар үйі", name_ru="Детский дом «Умит»",
                bin="".join(chr(0xFF10 + int(c)) for c in bin_), type_code="06", kato_code="311000000",
            ),
        )  # fmt: skip
    assert profile.bin == bin_
