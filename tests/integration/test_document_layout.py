"""The printed documents as paper: every font embedded, the stamp's place free of text, the stage-1
list's header words whole and its table header on every page, the act's two signatures side by side."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.services import documents_pdf

pdfium = pytest.importorskip("pypdfium2")

HEADER = documents_pdf.Header(
    name_ru="Коммунальное государственное учреждение «Центр оказания специальных социальных услуг № 3» (демо)",
    name_kk="«№ 3 арнаулы әлеуметтік қызметтер көрсету орталығы» коммуналдық мемлекеттік мекемесі (демо)",
    bin="100540012349",
    address="Тараз қаласы, Төле би даңғылы, 1",
    head_name="Әбдірахманова-Сейітқазиева Гүлнәр Сәкенқызы",
    campaign_ru="Национальная перепись населения Республики Казахстан 2021 года",
    campaign_kk="Қазақстан Республикасының 2021 жылғы ұлттық халық санағы",
)


def _certificate(enumerator: str) -> documents_pdf.CertificateDoc:
    return documents_pdf.CertificateDoc(
        number="21-000094",
        full_name="Оспанов Бауыржан Жандосұлы",
        birth_date=dt.date(2015, 8, 13),
        sex="M",
        enumerated_on=dt.date(2021, 10, 22),
        enumerator=enumerator,
        issued_on=dt.date(2026, 11, 30),
        duplicate=False,
        qr="SNQ1:test",
        code="21-000094.test",
        check_code="YWB12-2H0F6",
        citizenship="KZ",
    )


def _chars(path: Path, page_index: int = 0) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Every character of a page with its box (left, bottom, right, top) in points."""
    document = pdfium.PdfDocument(str(path))
    try:
        text = document[page_index].get_textpage()
        found = []
        for index in range(text.count_chars()):
            char = text.get_text_range(index, 1)
            if char.strip():
                found.append((char, text.get_charbox(index)))
        return found
    finally:
        document.close()


def _fonts(path: Path) -> list[list[str]]:
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    return [line.split() for line in lines[2:]]


@pytest.mark.parametrize("layout", ["a4", "a5"])
@pytest.mark.parametrize(
    "enumerator",
    ["Иванова Наталья Петровна", "Сүлейменова-Жұмабекова Әйгерім Қуанышқызы", "Ким Ли", ""],
)
def test_no_text_under_the_place_for_the_stamp(tmp_path: Path, layout: str, enumerator: str) -> None:
    path = documents_pdf.certificates_pdf(HEADER, [_certificate(enumerator)], tmp_path / "c.pdf", layout=layout)
    chars = _chars(path)
    text = "".join(c for c, _box in chars)
    start = text.index("М.О./М.П.")
    label = [box for _c, box in chars[start : start + len("М.О./М.П.")]]
    cx = (min(b[0] for b in label) + max(b[2] for b in label)) / 2
    cy = (min(b[1] for b in label) + max(b[3] for b in label)) / 2
    scale = documents_pdf.page_size(layout)[0] / documents_pdf.page_size("a5")[0]
    radius = documents_pdf.STAMP_RADIUS * scale
    for index, (char, (left, bottom, right, top)) in enumerate(chars):
        if start <= index < start + len("М.О./М.П."):
            continue
        nearest_x = min(max(cx, left), right)
        nearest_y = min(max(cy, bottom), top)
        assert math.hypot(nearest_x - cx, nearest_y - cy) > radius + 1, f"“{char}” of the text is under the stamp"


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) is not installed")
def test_every_font_of_a_certificate_is_embedded(tmp_path: Path) -> None:
    path = documents_pdf.certificates_pdf(HEADER, [_certificate("Иванова Наталья Петровна")], tmp_path / "c.pdf")
    fonts = _fonts(path)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts  # the "emb" column
    assert not any(row[0] == "Helvetica" for row in fonts)


def _positions(path: Path, needle: str) -> list[tuple[int, float]]:
    """(page, bottom) of each occurrence of ``needle``."""
    document = pdfium.PdfDocument(str(path))
    try:
        found = []
        for number in range(len(document)):
            text = document[number].get_textpage()
            searcher = text.search(needle)
            while (hit := searcher.get_next()) is not None:
                found.append((number, round(text.get_charbox(hit[0])[1], 1)))
        return found
    finally:
        document.close()


@pytest.mark.parametrize("kind", ["transfer", "return"])
def test_the_two_signatures_of_an_act_stand_level(tmp_path: Path, kind: str) -> None:
    act = documents_pdf.ActDoc(
        kind=kind,
        number=1,
        act_date=dt.date(2021, 9, 28),
        employee_name="Иванова Наталья Петровна",
        employee_position="",
        department_person="Жұмабеков Серік Әлібекұлы",
        lines=[documents_pdf.ActLineDoc("Планшет", "Планшет", "БНС-2021-0001", "R52R11979361")],
    )
    header = documents_pdf.Header(
        **{**HEADER.__dict__, "department_name": "Департамент Бюро национальной статистики по Жамбылской области",
           "department_name_kk": "Ұлттық статистика бюросының Жамбыл облысы бойынша департаменті"}
    )  # fmt: skip
    path = documents_pdf.act_pdf(header, act, tmp_path / "act.pdf")
    if shutil.which("pdffonts"):
        assert all(row[-5] == "yes" for row in _fonts(path))  # every font embedded
    lines = _positions(path, "_______________  ")
    captions = _positions(path, "(қолы, аты-жөні")
    assert len(lines) == len(captions) == 2
    assert lines[0] == lines[1] and captions[0] == captions[1]


def test_the_stage1_list_repeats_its_header_on_every_page_and_keeps_words_whole(tmp_path: Path) -> None:
    from desktop.app import demo_context
    from desktop.services import printed_lists

    ctx = demo_context(tmp_path / "demo", "ru")
    try:
        with ctx.uow() as uow:
            count = printed_lists.stage1_pdf(uow, tmp_path / "stage1.pdf", campaign=ctx.campaign)
    finally:
        ctx.close()
    document = pdfium.PdfDocument(str(tmp_path / "stage1.pdf"))
    try:
        pages = [document[n].get_textpage().get_text_range() for n in range(len(document))]
    finally:
        document.close()
    assert count > 100 and len(pages) > 2
    for number, text in enumerate(pages, start=1):
        words = text.split()
        assert "Жынысы" in words and "Пол" in words, f"page {number} has no whole table header"
    assert "Всего / Барлығы:" in pages[-1] and f"{count}" in pages[-1].split()
    if shutil.which("pdffonts"):
        assert all(row[-5] == "yes" for row in _fonts(tmp_path / "stage1.pdf"))  # every font embedded


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) is not installed")
@pytest.mark.parametrize("only", [("ru",), ("kk",), ("ru", "kk")])
def test_every_font_of_a_transcript_is_embedded(tmp_path: Path, only: tuple[str, ...]) -> None:
    from desktop.services import transcript_pdf
    from tests.integration.test_document_wording import transcript_data

    data = dataclasses.replace(
        transcript_data(""),
        completed_at=None,
        rows=[
            transcript_pdf.TranscriptRow("", {"ru": "Раздел 1", "kk": "1-бөлім"}, {}, {}, section=True),
            transcript_pdf.TranscriptRow("1", {"ru": "Пол", "kk": "Жынысы"}, {"ru": "Женский", "kk": "Әйел"}, {}),
        ],
    )
    path = transcript_pdf.build(data, tmp_path / "t.pdf", langs=only)
    fonts = _fonts(path)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts
