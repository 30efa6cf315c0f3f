"""``sanaq report progress``: the progress figures as a PDF (reportlab, the project's fonts) or an .xlsx
workbook, each with the institution's header and the date and time it was made, in Russian and Kazakh.

The figures are :func:`desktop.services.progress.figures`, the same the Overview shows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from desktop.domain.campaign import Campaign
from desktop.domain.errors import ValidationError
from desktop.domain.progress import Stage
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.models.db import UnitOfWork
from desktop.services import documents_pdf, institution, progress, tables
from desktop.services.jobs import Progress, no_progress

#: How the documents name each figure (Russian, Kazakh).
FIGURE_PRINT: dict[str, tuple[str, str]] = {
    "on_list": ("Лиц в списке (1 этап)", "Тізімдегі адамдар (1-кезең)"),
    "to_count": (
        "Подлежат переписи (в списке или на критический момент)",
        "Санаққа жатады (тізімде немесе санақ сәтінде)",
    ),
    "interview": ("Переписаны путём опроса", "Сұхбат арқылы санақтан өтті"),
    "records": ("Переписаны по административным данным", "Әкімшілік деректер бойынша санақтан өтті"),
    "online": ("Переписались онлайн (sanaq.gov.kz)", "Онлайн санақтан өтті (sanaq.gov.kz)"),
    "refused": ("Отказались", "Бас тартты"),
    "not_resident": ("Не проживали на критический момент", "Санақ сәтінде тұрмаған"),
    "to_do": ("Осталось переписать", "Санақтан өткізу қалды"),
    "sheets_draft": ("Переписных листов в черновике", "Жобадағы санақ парақтары"),
    "complete_not_verified": (
        "Заполнены, но не прошли двойной ввод",
        "Толтырылған, бірақ қайта енгізуден өтпеген",
    ),
    "certificates_to_issue": ("Справок к выдаче", "Берілуі тиіс анықтамалар"),
    "not_at_department": ("Лиц, не поступивших в Департамент", "Департаментке жетпеген адамдар"),
    "tablets_to_return": ("Планшетов и принадлежностей к возврату", "Қайтарылуы тиіс планшеттер мен керек-жарақтар"),
}

STAGE_PRINT: dict[Stage, tuple[str, str]] = {
    Stage.LIST: ("Составление списка (1 этап)", "Тізім жасау (1-кезең)"),
    Stage.ONLINE: ("Онлайн-перепись", "Онлайн санақ"),
    Stage.INTERVIEWS: ("Опрос", "Сұхбат"),
    Stage.FOLLOW_UP: (
        "Завершение: справки, планшеты, последняя отправка",
        "Аяқтау: анықтамалар, планшеттер, соңғы жіберу",
    ),
    Stage.CLOSED: ("Перепись завершена", "Санақ аяқталды"),
}

#: The warnings as the documents print them (Russian, Kazakh), with the parameters of their messages.
WARNING_PRINT: dict[str, tuple[str, str]] = {
    "interviews_ending": (
        "Осталось переписать: {count}; до конца опроса дней: {days}.",
        "Санақтан өткізу қалды: {count}; сұхбаттың аяқталуына күн қалды: {days}.",
    ),
    "not_enumerated": (
        "Не переписаны: {count}, а опрос закончился {date}.",
        "Санақтан өтпеді: {count}, ал сұхбат {date} аяқталды.",
    ),
    "list_not_sent": (
        "Лиц из списка 1 этапа не поступило в Департамент: {count} (дата списка {date}).",
        "1-кезең тізіміндегі Департаментке жетпеген адамдар: {count} (тізім күні {date}).",
    ),
    "tablets_not_returned": (
        "Не возвращены после окончания переписи планшеты и принадлежности: {count}.",
        "Санақ аяқталғаннан кейін қайтарылмаған планшеттер мен керек-жарақтар: {count}.",
    ),
    "sheets_not_sent": (
        "Заполненные переписные листы не отправлены в Департамент более {days} дней: {count}.",
        "Толтырылған санақ парақтары Департаментке {days} күннен астам жіберілмеген: {count}.",
    ),
}


def warning_print(warning: Any) -> tuple[str, str]:
    ru, kk = WARNING_PRINT[warning.code]
    params = dict(warning.message.params)
    return ru.format(**params), kk.format(**params)


MODES_PRINT = (
    ("interview", "Опрос", "Сұхбат"),
    ("records", "Адм. данные", "Әкімш. деректер"),
    ("online", "Онлайн", "Онлайн"),
)


def local_time(value: dt.datetime | None, campaign: Campaign) -> str:
    """A date and time as documents in Kazakhstan write it, in the campaign's time zone."""
    return value.astimezone(campaign.timezone).strftime("%d.%m.%Y %H:%M") if value else "—"


def _rows(figures: progress.Figures) -> list[tuple[str, str, str]]:
    rows = []
    for key in progress.FIGURES:
        value = figures.value(key)
        ru, kk = FIGURE_PRINT[key]
        rows.append((ru, kk, "—" if value is None else str(value)))
    return rows


def _check_suffix(target: Path, allowed: tuple[str, ...]) -> str:
    suffix = target.suffix.lower()
    if suffix not in allowed:
        raise ValidationError(
            Message(
                "progress",
                QT_TRANSLATE_NOOP("progress", "The report is written as .pdf or .xlsx, not “{file}”."),
                {"file": target.name},
            ),
            code="file.type",
        )
    return suffix


def write_report(
    uow: UnitOfWork, target: Path, *, campaign: Campaign, now: dt.datetime, progress_cb: Progress = no_progress
) -> progress.Figures:
    """Write the report to ``target`` (.pdf or .xlsx); returns the figures it carries."""
    target = Path(target)
    suffix = _check_suffix(target, (".pdf", ".xlsx"))
    progress_cb(0, 2)
    figures = progress.figures(uow, campaign=campaign, now=now)
    header = documents_pdf.header_of(institution.require_profile(uow), campaign)
    progress_cb(1, 2)
    with documents_pdf.atomic_file(target) as temp:
        if suffix == ".pdf":
            report_pdf(header, figures, campaign, temp)
        else:
            report_xlsx(header, figures, campaign, temp)
    progress_cb(2, 2)
    return figures


def report_pdf(header: documents_pdf.Header, figures: progress.Figures, campaign: Campaign, target: Path) -> None:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    esc = documents_pdf.esc
    documents_pdf.register_fonts()
    s = documents_pdf._styles()
    made = local_time(figures.made_at, campaign)
    stage_ru, stage_kk = STAGE_PRINT[figures.stage.stage]
    days = f" — {figures.stage.days_left} күн / дн." if figures.stage.ends_on else ""
    story: list[Any] = documents_pdf._header_story(header, s)
    story += [
        Paragraph("Халық санағының барысы", s["title"]),
        Paragraph("Ход переписи населения", s["title"]),
        Paragraph(f"Жасалған күні мен уақыты / Составлено: {made}", s["centre"]),
        Paragraph(f"{esc(header.campaign_kk)} / {esc(header.campaign_ru)}", s["centre"]),
        Spacer(1, 3 * mm),
        Paragraph(f"Кезең / Этап: <b>{esc(stage_kk)} / {esc(stage_ru)}</b>{days}", s["base"]),
        Paragraph(
            "Соңғы синхрондау / Последняя синхронизация: "
            f"<b>{local_time(figures.last_sync_at, campaign)}</b>; жіберілмеген жазбалар / "
            f"не отправлено записей: <b>{figures.records_not_sent}</b>",
            s["base"],
        ),
        Spacer(1, 3 * mm),
    ]
    table: list[list[Any]] = [[Paragraph("Көрсеткіш / Показатель", s["head"]), Paragraph("Саны / Число", s["head"])]]
    table += [[Paragraph(f"{esc(kk)} / {esc(ru)}", s["small"]), value] for ru, kk, value in _rows(figures)]
    story += [documents_pdf._table(table, [150 * mm, 30 * mm]), Spacer(1, 4 * mm)]
    if figures.warnings:
        story.append(Paragraph("<b>Артта қалу / Отставание</b>", s["base"]))
        for warning in figures.warnings:
            ru, kk = warning_print(warning)
            story.append(Paragraph(f"• {esc(kk)} / {esc(ru)}", s["small"]))
        story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("<b>Бөлімшелер бойынша / По подразделениям</b>", s["base"]))
    unit_table: list[list[Any]] = [
        [
            Paragraph(h, s["head"])
            for h in ("Бөлімше / Подразделение", "Санаққа жатады / Подлежат", "Өтті / Переписано", "Қалды / Осталось")
        ]
    ]
    unit_table += [
        [Paragraph(esc(u.name or "—"), s["small"]), str(u.to_count), str(u.enumerated), str(u.to_do)]
        for u in figures.per_unit
    ]
    story += [documents_pdf._table(unit_table, [90 * mm, 30 * mm, 30 * mm, 30 * mm]), Spacer(1, 4 * mm)]
    story.append(Paragraph("<b>Күндер бойынша / По дням</b>", s["base"]))
    day_table: list[list[Any]] = [
        [Paragraph("Күні / Дата", s["head"])]
        + [Paragraph(f"{kk} / {ru}", s["head"]) for _key, ru, kk in MODES_PRINT]
        + [Paragraph("Барлығы / Всего", s["head"])]
    ]
    day_table += [
        [row.day.strftime("%d.%m.%Y"), str(row.interview), str(row.records), str(row.online), str(row.total)]
        for row in figures.per_day
        if row.total
    ]
    if figures.undated:
        day_table.append(["күні жоқ / без даты", "", "", "", str(figures.undated)])
    story += [documents_pdf._table(day_table, [40 * mm, 35 * mm, 35 * mm, 35 * mm, 35 * mm])]
    documents_pdf.build_pdf(target, story, title="Ход переписи населения", author=header.name_ru)


def report_xlsx(header: documents_pdf.Header, figures: progress.Figures, campaign: Campaign, target: Path) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)

    def sheet(title: str, rows: list[list[Any]]) -> None:
        page = book.create_sheet(title)
        head = [
            [header.name_ru],
            [header.name_kk],
            [f"БИН / БСН {header.bin}"],
            [f"Составлено / Жасалды: {local_time(figures.made_at, campaign)}"],
            [],
        ]
        for row in head + rows:
            page.append([tables.workbook_cell(page, value) for value in row])

    stage_ru, stage_kk = STAGE_PRINT[figures.stage.stage]
    sheet(
        "Ход переписи",
        [
            ["Показатель", "Көрсеткіш", "Число / Саны"],
            *[[ru, kk, figures.value(key)] for key, (ru, kk) in FIGURE_PRINT.items()],
            [],
            ["Этап", "Кезең", f"{stage_ru} / {stage_kk}"],
            ["Дней осталось", "Қалған күндер", figures.stage.days_left],
            ["Последняя синхронизация", "Соңғы синхрондау", local_time(figures.last_sync_at, campaign)],
            ["Не отправлено записей", "Жіберілмеген жазбалар", figures.records_not_sent],
            [],
            *[[*warning_print(w), w.count] for w in figures.warnings],
        ],
    )
    sheet(
        "По подразделениям",
        [["Подразделение / Бөлімше", "Подлежат / Санаққа жатады", "Переписано / Өтті", "Осталось / Қалды"]]
        + [[u.name or "—", u.to_count, u.enumerated, u.to_do] for u in figures.per_unit],
    )
    sheet(
        "По дням",
        [["Дата / Күні", *[f"{ru} / {kk}" for _key, ru, kk in MODES_PRINT], "Всего / Барлығы"]]
        + [[row.day, row.interview, row.records, row.online, row.total] for row in figures.per_day],
    )
    book.save(target)
