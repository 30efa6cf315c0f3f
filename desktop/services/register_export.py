"""Exports of the register: the stage-1 list for the Department (.xlsx and a PDF signed by the head)
and the whole register (.xlsx).

The stage-1 .xlsx has a fixed layout that the Department can rely on (sheet ``Список``):

- rows 1-3: the institution (Russian / Kazakh name), the title with the list date, the BIN;
- row 4: the header, each cell in Russian and Kazakh;
- from row 5: one person per row, in these columns —
  A ``№``; B ``ИИН / ЖСН`` (12 digits, text); C ``Фамилия / Тегі``; D ``Имя / Аты``;
  E ``Отчество / Әкесінің аты``; F ``Дата рождения / Туған күні`` (date, DD.MM.YYYY);
  G ``Пол / Жынысы`` (М or Ж); H ``Гражданство / Азаматтығы`` (Казахстан, the country, or «Без гражданства»);
  I ``Категория проживания / Тұру санаты``; J ``Подразделение / Бөлімше``;
  K ``Дата поступления / Түскен күні`` (date);
- after the last person: the total, then the head's signature line.

It lists the persons on the list as of the list date of the campaign, ordered by name.  Every cell
that a spreadsheet would run as a formula is written as text (:func:`desktop.services.tables.workbook_cell`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain import person as rules
from desktop.domain import wording
from desktop.domain.campaign import Campaign
from desktop.domain.enums import CitizenshipKind, CoverageStatus, LeftReason, Residence
from desktop.models.db import UnitOfWork
from desktop.services import documents_pdf, institution, register, tables
from desktop.services.jobs import Progress, no_progress

STAGE1_COLUMNS: list[tuple[str, str, int]] = [
    ("№", "№", 6),
    ("ИИН", "ЖСН", 15),
    ("Фамилия", "Тегі", 20),
    ("Имя", "Аты", 16),
    ("Отчество", "Әкесінің аты", 20),
    ("Дата рождения", "Туған күні", 13),
    ("Пол", "Жынысы", 8),
    ("Гражданство", "Азаматтығы", 16),
    ("Категория проживания", "Тұру санаты", 22),
    ("Подразделение", "Бөлімше", 20),
    ("Дата поступления", "Түскен күні", 13),
]

# How the lists print the residence category: (Russian, Kazakh), worded as the census form words it.
RESIDENCE_PRINT = {
    Residence.USUAL.value: ("Постоянно проживает", "Тұрақты тұрады"),
    Residence.TEMPORARILY_ABSENT.value: ("Временно отсутствует", "Уақытша болмаған"),
    Residence.TEMPORARILY_PRESENT.value: ("Временно находится", "Уақытша тұрып жатыр"),
}
# The census status of a person: Russian (masculine, feminine, sex unknown) and Kazakh.
STATUS_WORDS: dict[str, tuple[tuple[str, str, str], str]] = {
    CoverageStatus.TO_ENUMERATE.value: (("Подлежит переписи",) * 3, "Санаққа жатады"),
    CoverageStatus.INTERVIEW.value: (
        ("Переписан путём опроса", "Переписана путём опроса", "Переписан(а) путём опроса"),
        "Сұхбат арқылы санақтан өтті",
    ),
    CoverageStatus.RECORDS.value: (
        (
            "Переписан по административным данным",
            "Переписана по административным данным",
            "Переписан(а) по административным данным",
        ),
        "Әкімшілік деректер бойынша санақтан өтті",
    ),
    CoverageStatus.ONLINE.value: (
        (
            "Переписался онлайн (sanaq.gov.kz)",
            "Переписалась онлайн (sanaq.gov.kz)",
            "Переписался(-лась) онлайн (sanaq.gov.kz)",
        ),
        "Онлайн санақтан өтті (sanaq.gov.kz)",
    ),
    CoverageStatus.REFUSED.value: (("Отказ",) * 3, "Бас тартты"),
    CoverageStatus.NOT_RESIDENT.value: (
        (
            "Не проживал на критический момент",
            "Не проживала на критический момент",
            "Не проживал(а) на критический момент",
        ),
        "Санақ сәтінде тұрмаған",
    ),
}
# Why a person left: nouns (Russian, Kazakh), the same for a man and a woman.
LEFT_PRINT = {
    LeftReason.DISCHARGED.value: ("Выписка (отчисление)", "Шығарылу"),
    LeftReason.TRANSFERRED.value: ("Перевод", "Ауыстырылу"),
    LeftReason.DIED.value: ("Смерть", "Қайтыс болу"),
    LeftReason.OTHER.value: ("Другое", "Басқа"),
}
YES_NO = {True: "да / иә", False: "нет / жоқ"}


def status_words(status: str, sex: str | None) -> str:
    """The status in Russian (agreeing with the person's sex, both forms when unknown) and Kazakh."""
    words = STATUS_WORDS.get(status)
    if words is None:
        return status
    (masculine, feminine, unknown), kk = words
    return f"{wording.ru_by_sex(sex, masculine, feminine, unknown)} / {kk}"


PROBLEM_RU = {
    "iin_invalid": "Неверный ИИН",
    "iin_missing": "Нет ИИН",
    "birth_date_mismatch": "Дата рождения не совпадает с ИИН",
    "sex_mismatch": "Пол не совпадает с ИИН",
    "duplicate": "Вероятный дубликат",
    "missing_data": "Не хватает данных",
    "not_counted": "Не учитывается на критический момент",
}


def citizenship_ru(row: register.PersonRow) -> str:
    return citizenship_print(row)[0]


def citizenship_print(row: register.PersonRow) -> tuple[str, str]:
    """The citizenship as the lists print it: (Russian, Kazakh)."""
    if row.citizenship == CitizenshipKind.KAZAKHSTAN.value:
        return "Казахстан", "Қазақстан"
    if row.citizenship == CitizenshipKind.STATELESS.value:
        return "Без гражданства", "Азаматтығы жоқ"
    item = rules.countries().get(row.country_code or "")
    return (item.name_ru, item.name_kk) if item else (row.country_code or "", row.country_code or "")


def sex_ru(sex: str | None) -> str:
    return {"M": "М", "F": "Ж"}.get(sex or "", "")


def sex_kk(sex: str | None) -> str:
    """Е (ер) or Ә (әйел), as Kazakh forms abbreviate the sex."""
    return {"M": "Е", "F": "Ә"}.get(sex or "", "")


# -- writing .xlsx --------------------------------------------------------------------------------


def save_workbook(
    path: Path,
    sheet_title: str,
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    widths: Sequence[int] = (),
    title_rows: Sequence[str] = (),
    footer_rows: Sequence[str] = (),
    progress: Progress = no_progress,
) -> None:
    """A one-sheet workbook: optional title lines, a bold header, the rows, optional footer lines.
    Dates are real dates (DD.MM.YYYY); text that a spreadsheet would run as a formula stays text.
    The file appears only when complete."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    with documents_pdf.atomic_file(path) as temp:
        book = Workbook(write_only=True)
        sheet = book.create_sheet(sheet_title[:31] or "Sheet")
        for index, width in enumerate(widths):
            sheet.column_dimensions[_letter(index)].width = width
        bold = Font(bold=True)
        wrap = Alignment(wrap_text=True, vertical="top")

        def cell(value: Any, *, header_cell: bool = False) -> Any:
            if isinstance(value, dt.datetime):
                value = value.replace(tzinfo=None)
            item = tables.workbook_cell(sheet, value)
            if isinstance(value, dt.date):
                item.number_format = "DD.MM.YYYY"
            if header_cell:
                item.font = bold
                item.alignment = wrap
            return item

        for line in title_rows:
            title = cell(line)
            title.font = bold
            sheet.append([title])
        sheet.append([cell(h, header_cell=True) for h in header])
        for done, row in enumerate(rows):
            sheet.append([cell(v) for v in row])
            if done % 5000 == 0:
                progress(done, len(rows))
        for line in footer_rows:
            sheet.append([None, cell(line)])
        book.save(temp)


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


# -- the stage-1 list ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stage1:
    institution_ru: str
    institution_kk: str
    bin: str
    head_name: str
    list_date: dt.date
    rows: list[register.PersonRow]


def stage1_list(uow: UnitOfWork, *, campaign: Campaign) -> Stage1:
    """The persons on the list as of the list date, with what the title and signature need."""
    profile = institution.require_profile(uow)
    rows = register.list_persons(uow, register.Filters(state="on_list"), campaign=campaign)
    return Stage1(profile.name_ru, profile.name_kk, profile.bin, profile.head_name, campaign.list_date, rows)


def stage1_values(row: register.PersonRow, number: int) -> list[Any]:
    return [
        number,
        row.iin or "",
        row.surname,
        row.name,
        row.patronymic,
        row.birth_date,
        sex_ru(row.sex),
        citizenship_ru(row),
        RESIDENCE_PRINT.get(row.residence, ("", ""))[0],
        row.unit,
        row.admitted_on,
    ]


def _title(data: Stage1) -> list[str]:
    day = data.list_date.strftime("%d.%m.%Y")
    return [
        f"{data.institution_ru} / {data.institution_kk}",
        f"Список респондентов, подлежащих переписи, по состоянию на {day} / "
        f"{day} жағдай бойынша санаққа жататын респонденттер тізімі",
        f"БИН / БСН: {data.bin}",
    ]


def export_stage1_xlsx(uow: UnitOfWork, path: Path, *, campaign: Campaign, progress: Progress = no_progress) -> int:
    """Write the stage-1 list in the documented layout; returns the number of persons."""
    data = stage1_list(uow, campaign=campaign)
    header = [f"{ru} / {kk}" if ru != kk else ru for ru, kk, _w in STAGE1_COLUMNS]
    rows = [stage1_values(row, n) for n, row in enumerate(data.rows, start=1)]
    footer = [
        f"Всего / Барлығы: {len(rows)}",
        f"Руководитель / Басшы: ____________________ {data.head_name}",
    ]
    save_workbook(
        path,
        "Список",
        header,
        rows,
        widths=[w for _r, _k, w in STAGE1_COLUMNS],
        title_rows=_title(data),
        footer_rows=footer,
        progress=progress,
    )
    return len(rows)


WHOLE_COLUMNS: list[tuple[str, str, int]] = [
    *STAGE1_COLUMNS,
    ("Дата выбытия", "Шыққан күні", 13),
    ("Причина выбытия", "Шығу себебі", 16),
    ("Возраст на критический момент", "Санақ сәтіндегі жасы", 10),
    ("В списке на дату составления списка", "Тізім жасалған күні тізімде", 10),
    ("Проживание на критический момент", "Санақ сәтінде тұруы", 10),
    ("Статус переписи", "Санақ мәртебесі", 24),
    ("Код подтверждения", "Растау коды", 16),
    ("Причина", "Себебі", 20),
    ("Проблемы", "Мәселелер", 30),
    ("Примечание", "Ескертпе", 24),
]


def export_register_xlsx(uow: UnitOfWork, path: Path, *, campaign: Campaign, progress: Progress = no_progress) -> int:
    """The whole register (left persons included) with status and problems; returns the count."""
    rows = register.list_persons(uow, campaign=campaign)
    values = []
    for number, row in enumerate(rows, start=1):
        values.append(
            [
                *stage1_values(row, number),
                row.left_on,
                " / ".join(LEFT_PRINT.get(row.left_reason or "", ())),
                row.age,
                YES_NO[bool(row.on_list)],
                YES_NO[bool(row.resident)],
                status_words(row.status, row.sex),
                row.online_code or "",
                row.status_reason or row.left_note,
                "; ".join(PROBLEM_RU[p.value] for p in row.problems),
                row.note,
            ]
        )
    header = [f"{ru} / {kk}" if ru != kk else ru for ru, kk, _w in WHOLE_COLUMNS]
    save_workbook(path, "Реестр", header, values, widths=[w for _r, _k, w in WHOLE_COLUMNS], progress=progress)
    return len(values)


# -- the stage-1 PDF -------------------------------------------------------------------------------

_FONTS_READY = False


def _fonts() -> None:
    global _FONTS_READY
    if _FONTS_READY:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from desktop.resources import resource

    for name, file in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    _FONTS_READY = True


def export_stage1_pdf(uow: UnitOfWork, path: Path, *, campaign: Campaign, progress: Progress = no_progress) -> int:
    """The stage-1 list as a PDF to sign: the title in Russian and Kazakh, the persons, the total,
    the head's signature and seal lines, page numbers.  Returns the number of persons."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _fonts()
    data = stage1_list(uow, campaign=campaign)
    base = ParagraphStyle("base", fontName="DejaVuSans", fontSize=8, leading=10)
    title = ParagraphStyle("title", parent=base, fontName="DejaVuSans-Bold", fontSize=11, leading=14, alignment=1)
    small = ParagraphStyle("small", parent=base, fontSize=7, leading=9)
    head = ParagraphStyle("head", parent=small, fontName="DejaVuSans-Bold", alignment=1)

    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def both(ru: str, kk: str) -> str:
        """A value under a two-line header: the Russian line above, the Kazakh line below."""
        return esc(ru) if ru == kk else f"{esc(ru)}<br/>{esc(kk)}"

    day = data.list_date.strftime("%d.%m.%Y")
    story: list[Any] = [
        Paragraph(esc(data.institution_ru), title),
        Paragraph(esc(data.institution_kk), title),
        Spacer(1, 3 * mm),
        Paragraph(f"Список респондентов, подлежащих переписи, по состоянию на {day}", title),
        Paragraph(f"{day} жағдай бойынша санаққа жататын респонденттер тізімі", title),
        Paragraph(f"БИН / БСН: {esc(data.bin)}", ParagraphStyle("c", parent=base, alignment=1)),
        Spacer(1, 4 * mm),
    ]
    columns = [
        ("№", "№"),
        ("ИИН", "ЖСН"),
        ("Фамилия, имя, отчество", "Тегі, аты, әкесінің аты"),
        ("Дата рождения", "Туған күні"),
        ("Пол", "Жынысы"),
        ("Гражданство", "Азаматтығы"),
        ("Категория проживания", "Тұру санаты"),
        ("Подразделение", "Бөлімше"),
        ("Дата поступления", "Түскен күні"),
    ]
    table_rows: list[list[Any]] = [[Paragraph(f"{ru}<br/>{kk}" if ru != kk else ru, head) for ru, kk in columns]]
    for number, row in enumerate(data.rows, start=1):
        if number % 1000 == 0:
            progress(number, len(data.rows))
        table_rows.append(
            [
                str(number),
                row.iin or "",
                Paragraph(esc(row.full_name), small),
                row.birth_date.strftime("%d.%m.%Y") if row.birth_date else "",
                Paragraph(both(sex_ru(row.sex), sex_kk(row.sex)), small),
                Paragraph(both(*citizenship_print(row)), small),
                Paragraph(both(*RESIDENCE_PRINT.get(row.residence, ("", ""))), small),
                Paragraph(esc(row.unit), small),
                row.admitted_on.strftime("%d.%m.%Y") if row.admitted_on else "",
            ]
        )
    widths = [10 * mm, 26 * mm, 59 * mm, 22 * mm, 20 * mm, 30 * mm, 40 * mm, 40 * mm, 24 * mm]
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), "DejaVuSans", 7),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"),
    ]
    # The last rows travel with the signature, so that the head never signs an empty page.
    tail_size = min(4, len(table_rows) - 1)
    body, tail = table_rows[: len(table_rows) - tail_size], table_rows[len(table_rows) - tail_size :]
    table = Table(body, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                *style,
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
                ("ALIGN", (0, 0), (0, 0), "CENTER"),
            ]
        )
    )
    story.append(table)

    def tail_table(headed: bool) -> list[Any]:
        if not tail:
            return []
        rows = [table_rows[0], *tail] if headed else tail
        part = Table(rows, colWidths=widths, repeatRows=1 if headed else 0)
        extra = [("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)), ("ALIGN", (0, 0), (0, 0), "CENTER")]
        part.setStyle(TableStyle([*style, *extra] if headed else style))
        return [part]

    signature = [
        Paragraph(f"Всего / Барлығы: <b>{len(data.rows)}</b>", base),
        Spacer(1, 8 * mm),
        Paragraph(
            f"Руководитель учреждения / Мекеме басшысы: ______________________ {esc(data.head_name)}",
            base,
        ),
        Spacer(1, 2 * mm),
        Paragraph("(подпись / қолы)", ParagraphStyle("sig", parent=small, leftIndent=75 * mm)),
        Spacer(1, 4 * mm),
        Paragraph("М.П. / М.О.          «____» ______________ 20____", base),
    ]
    story.append(
        documents_pdf.tail_of_table(
            [*tail_table(False), Spacer(1, 3 * mm), *signature], [*tail_table(True), Spacer(1, 3 * mm), *signature]
        )
    )

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("DejaVuSans", 7)
        canvas.drawRightString(doc.pagesize[0] - 12 * mm, 7 * mm, f"{doc.page}")
        label = f"Список респондентов на {day} / {day} жағдай бойынша тізім · БИН {data.bin}"
        canvas.drawString(12 * mm, 7 * mm, label)
        canvas.restoreState()

    with documents_pdf.atomic_file(path) as temp:
        document = SimpleDocTemplate(
            str(temp),
            pagesize=landscape(A4),
            leftMargin=12 * mm,
            rightMargin=12 * mm,
            topMargin=12 * mm,
            bottomMargin=14 * mm,
            title="Список респондентов / Респонденттер тізімі",
            author="Sanaq Desktop",
            initialFontName=documents_pdf.FONT,  # every font the PDF names is embedded
        )
        document.build(story, onFirstPage=footer, onLaterPages=footer)
    progress(len(data.rows), len(data.rows))
    return len(data.rows)
