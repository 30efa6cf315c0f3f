"""The printed transcript of a filled census sheet, in Russian and Kazakh, for the institution's file.

Every answered question is printed with its answer and the source of the answer (interview, proxy,
administration record with its document).  The text of the document does not depend on the
window's language: it is bilingual (or one of the two languages when asked).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from desktop.domain import wording
from desktop.resources import resource
from desktop.services import documents_pdf

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"

LANGS = ("ru", "kk")


@dataclass(frozen=True)
class TranscriptRow:
    number: str
    text: dict[str, str]  # lang → question text
    answer: dict[str, str]  # lang → answer as printed
    source: dict[str, str]  # lang → source label
    document: str = ""
    section: bool = False  # a section heading, without an answer


@dataclass
class TranscriptData:
    institution: dict[str, str]
    form_title: dict[str, str]
    form_version: str
    person_name: str
    iin: str
    birth_date: dt.date | None
    mode: dict[str, str]
    state: dict[str, str]
    completed_at: dt.datetime | None
    completed_by: str
    default_source: dict[str, str]
    default_document: str
    rows: list[TranscriptRow] = field(default_factory=list)
    verified: dict[str, str] | None = None
    printed_at: dt.datetime | None = None


# Fixed words of the document, in both languages (the document does not follow the window's language).
#: Said instead of the employee's name when the sheet was completed with no employee chosen.
NOBODY = {
    "ru": "не указан: на компьютере не был выбран сотрудник",
    "kk": "көрсетілмеген: компьютерде қызметкер таңдалмаған",
}
#: Said instead of the employee's name while the sheet is not complete.
NOT_COMPLETE = {"ru": "лист ещё не завершён", "kk": "парақ әлі аяқталмаған"}

WORDS: dict[str, dict[str, str]] = {
    "title": {"ru": "Копия переписного листа", "kk": "Санақ парағының көшірмесі"},
    "institution": {"ru": "Учреждение", "kk": "Мекеме"},
    "person": {"ru": "Респондент", "kk": "Респондент"},
    "iin": {"ru": "ИИН", "kk": "ЖСН"},
    "born": {"ru": "Дата рождения", "kk": "Туған күні"},
    "form": {"ru": "Форма", "kk": "Нысан"},
    "mode": {"ru": "Способ переписи", "kk": "Санақ тәсілі"},
    "state": {"ru": "Состояние", "kk": "Күйі"},
    "completed": {"ru": "Дата заполнения", "kk": "Толтырылған уақыты"},
    "default_source": {"ru": "Источник ответов по умолчанию", "kk": "Жауаптардың әдепкі дереккөзі"},
    "verified": {"ru": "Двойной ввод", "kk": "Қос енгізу"},
    "no": {"ru": "№", "kk": "№"},
    "question": {"ru": "Вопрос", "kk": "Сұрақ"},
    "answer": {"ru": "Ответ", "kk": "Жауап"},
    "source": {"ru": "Источник", "kk": "Дереккөз"},
    "signature": {"ru": "Ответственный сотрудник (подпись)", "kk": "Жауапты қызметкер (қолы)"},
    "confidential": {
        "ru": "Конфиденциально: первичные статистические данные переписи населения.",
        "kk": "Құпия: халық санағының бастапқы статистикалық деректері.",
    },
    "page": {"ru": "Стр.", "kk": "Бет"},
    "printed": {"ru": "Напечатано", "kk": "Басылды"},
    "empty": {"ru": "Ответов нет.", "kk": "Жауаптар жоқ."},
}


@cache
def register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)


def _join(values: dict[str, str], langs: tuple[str, ...], sep: str = " / ") -> str:
    parts: list[str] = []
    for lang in langs:
        text = values.get(lang, "")
        if text and text not in parts:
            parts.append(text)
    return sep.join(parts)


def _date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "—"


def _moment(value: dt.datetime | None) -> str:
    return value.astimezone().strftime("%d.%m.%Y %H:%M") if value else "—"


def build(data: TranscriptData, target: Path, *, langs: tuple[str, ...] = LANGS) -> Path:
    """Write the transcript PDF; returns the path.  ``langs`` is ("ru", "kk"), ("ru",) or ("kk",)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate, LongTable, Paragraph, Spacer, Table, TableStyle

    register_fonts()
    langs = tuple(lang for lang in langs if lang in LANGS) or LANGS
    base = ParagraphStyle("base", fontName=FONT, fontSize=8.5, leading=10.5)
    small = ParagraphStyle("small", parent=base, fontSize=7.5, leading=9, textColor=colors.HexColor("#555555"))
    second = ParagraphStyle("second", parent=base, textColor=colors.HexColor("#2a4d7a"))
    title = ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=13, leading=16, alignment=TA_CENTER)
    head = ParagraphStyle("head", parent=base, fontName=FONT_BOLD, textColor=colors.white)
    sect = ParagraphStyle("sect", parent=base, fontName=FONT_BOLD, fontSize=9)

    def w(key: str) -> str:
        return _join(WORDS[key], langs)

    # Who filled the sheet in: the Russian verb agrees with the employee (both forms when not known).
    sex = wording.sex_from_name(data.completed_by)
    filled_by = _join({"ru": wording.ru_by_sex(sex, "Заполнил", "Заполнила"), "kk": "Толтырған"}, langs)

    source_style = ParagraphStyle("source", parent=base, fontSize=7.5, leading=9)
    source_second = ParagraphStyle("source2", parent=second, fontSize=7.5, leading=9)

    def cell(values: dict[str, str], first: ParagraphStyle = base, other: ParagraphStyle = second) -> list[Paragraph]:
        shown: list[str] = []
        result = []
        for index, lang in enumerate(langs):
            text = values.get(lang, "")
            if not text or text in shown:
                continue
            shown.append(text)
            result.append(Paragraph(escape(text), first if index == 0 else other))
        return result or [Paragraph("—", base)]

    story: list[object] = [
        Paragraph(escape(w("title")), title),
        Spacer(1, 2 * mm),
        Paragraph(escape(_join(data.form_title, langs)) + f" · {escape(data.form_version)}", small),
        Spacer(1, 3 * mm),
    ]
    facts = [
        (w("institution"), _join(data.institution, langs, " / ")),
        (w("person"), data.person_name),
        (w("iin"), data.iin or "—"),
        (w("born"), _date(data.birth_date)),
        (w("mode"), _join(data.mode, langs)),
        (w("state"), _join(data.state, langs)),
        (w("completed"), _moment(data.completed_at)),
        (filled_by, data.completed_by or _join(NOBODY if data.completed_at else NOT_COMPLETE, langs)),
        (
            w("default_source"),
            _join(data.default_source, langs) + (f" — {data.default_document}" if data.default_document else ""),
        ),
    ]
    if data.verified:
        facts.append((w("verified"), _join(data.verified, langs)))
    fact_table = Table(
        [[Paragraph(escape(k), small), Paragraph(escape(v), base)] for k, v in facts],
        colWidths=[52 * mm, 128 * mm],
    )
    fact_table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8.5),  # a table names its cells' font even around paragraphs
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#dddddd")),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    story += [fact_table, Spacer(1, 4 * mm)]

    rows: list[list[object]] = [
        [Paragraph(escape(w(key)), head) for key in ("no", "question", "answer", "source")],
    ]
    styles: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),  # the empty cells too: no font the PDF would not carry
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2a4d7a")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b8c4d4")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for row in data.rows:
        if row.section:
            rows.append([Paragraph(escape(_join(row.text, langs, " / ")), sect), "", "", ""])
            index = len(rows) - 1
            styles.append(("SPAN", (0, index), (-1, index)))
            styles.append(("BACKGROUND", (0, index), (-1, index), colors.HexColor("#eef2f7")))
            continue
        source_cell = cell(row.source, source_style, source_second)
        if row.document:
            source_cell.append(Paragraph(escape(row.document), small))
        rows.append([Paragraph(escape(row.number), base), cell(row.text), cell(row.answer), source_cell])
    if len(rows) == 1:
        rows.append(["", Paragraph(escape(w("empty")), base), "", ""])
    table = LongTable(rows, colWidths=[10 * mm, 76 * mm, 52 * mm, 42 * mm], repeatRows=1)
    table.setStyle(TableStyle(styles))
    story += [table, Spacer(1, 10 * mm)]
    story.append(Paragraph(escape(w("signature")) + " ____________________ / " + escape(data.completed_by or ""), base))

    printed = data.printed_at or dt.datetime.now(dt.UTC)
    footer_lines = [WORDS["confidential"][lang] for lang in langs] + [f"{w('printed')}: {_moment(printed)}"]

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(colors.HexColor("#666666"))
        for line, text in enumerate(footer_lines):
            canvas.drawString(15 * mm, (4 + 3 * (len(footer_lines) - 1 - line)) * mm, text[:140])
        page = f"{w('page')} {doc.page}"
        canvas.drawRightString(A4[0] - 15 * mm, 4 * mm, page)
        canvas.restoreState()

    target = Path(target)
    with documents_pdf.atomic_file(target) as temp:
        documents_pdf.build_pdf(
            temp, story, title=_join(WORDS["title"], langs), author="Sanaq Desktop", on_page=on_page, bottom_mm=16
        )
    return target
