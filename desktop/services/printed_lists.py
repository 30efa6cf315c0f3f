"""Printed lists with the institution's header: the stage-1 list (built by the register's export)
and the progress report of the census."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from desktop.domain import audit, collation
from desktop.domain.campaign import Campaign
from desktop.domain.enums import CoverageStatus
from desktop.domain.errors import ValidationError
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.models.db import UnitOfWork
from desktop.models.entities import Employee, Person
from desktop.services import certificates, documents_pdf, equipment, institution
from desktop.services import progress as progress_figures
from desktop.services.jobs import Progress, no_progress

#: How the report prints the statuses (Russian, Kazakh).
STATUS_PRINT: dict[str, tuple[str, str]] = {
    CoverageStatus.TO_ENUMERATE.value: ("Подлежат переписи", "Санаққа жатады"),
    CoverageStatus.INTERVIEW.value: ("Переписаны путём опроса", "Сұхбат арқылы санақтан өтті"),
    CoverageStatus.RECORDS.value: ("Переписаны по административным данным", "Әкімшілік деректер бойынша санақтан өтті"),
    CoverageStatus.ONLINE.value: ("Переписались онлайн (sanaq.gov.kz)", "Онлайн санақтан өтті (sanaq.gov.kz)"),
    CoverageStatus.REFUSED.value: ("Отказались", "Бас тартты"),
    CoverageStatus.NOT_RESIDENT.value: ("Не проживали на критический момент", "Санақ сәтінде тұрмаған"),
}


#: The figure of :mod:`desktop.services.progress` for each status.
STATUS_FIGURE = {
    CoverageStatus.TO_ENUMERATE.value: "to_do",
    CoverageStatus.INTERVIEW.value: "interview",
    CoverageStatus.RECORDS.value: "records",
    CoverageStatus.ONLINE.value: "online",
    CoverageStatus.REFUSED.value: "refused",
    CoverageStatus.NOT_RESIDENT.value: "not_resident",
}


@dataclass(frozen=True)
class ReportResult:
    path: Path
    persons: int
    enumerated: int


def stage1_pdf(uow: UnitOfWork, target: Path, *, campaign: Campaign, progress: Progress = no_progress) -> int:
    """The stage-1 list as a PDF to sign (the register's own layout); returns the number of persons."""
    from desktop.services import register_export

    if Path(target).suffix.lower() != ".pdf":
        raise ValidationError(
            Message(
                "documents",
                QT_TRANSLATE_NOOP("documents", "The stage-1 list is a PDF: give the file a .pdf name, not “{file}”."),
                {"file": Path(target).name},
            ),
            code="file.type",
        )
    return register_export.export_stage1_pdf(uow, Path(target), campaign=campaign, progress=progress)


def progress_report(
    uow: UnitOfWork,
    target: Path,
    *,
    made_on: dt.date | None = None,
    campaign: Campaign,
    progress: Progress = no_progress,
) -> ReportResult:
    """The progress report as PDF: statuses, units, employees, certificates and equipment."""
    profile = institution.require_profile(uow)
    progress(0, 3)
    made = made_on or dt.datetime.now(campaign.timezone).date()
    moment = dt.datetime(made.year, made.month, made.day, 12, tzinfo=campaign.timezone)
    figures = progress_figures.figures(uow, campaign=campaign, now=moment)  # who is counted: the register's rule
    by_status = {code: figures.value(key) or 0 for code, key in STATUS_FIGURE.items()}
    enumerated_codes = [s.value for s in CoverageStatus if s.enumerated]
    status_rows = [(ru, kk, by_status.get(code, 0)) for code, (ru, kk) in STATUS_PRINT.items()]
    enumerated = figures.enumerated
    progress(1, 3)
    by_unit = [(u.name, u.to_count, u.enumerated, u.to_do) for u in figures.per_unit]
    employees = [
        (name, int(n))
        for name, n in uow.session.execute(
            select(Employee.full_name, func.count(Person.id))
            .join(Person, Person.enumerated_by == Employee.id)
            .where(Person.status.in_(enumerated_codes))
            .group_by(Employee.full_name)
        ).all()
    ]
    employees.sort(key=lambda employee: collation.sort_key(employee[0]))
    cert = certificates.counts(uow, campaign=campaign)
    items = equipment.summary(uow)
    report = documents_pdf.ProgressDoc(
        made_on=made,
        list_date=campaign.list_date,
        on_list=figures.on_list,
        enumerated=enumerated,
        by_status=status_rows,
        by_unit=by_unit,
        employees=employees,
        certificates=[
            ("Выдано справок", "Берілген анықтамалар", cert["issued"] + cert["reprinted"]),
            ("из них выданы дубликаты", "оның ішінде телнұсқалар", cert["reprinted"]),
            ("Аннулировано справок", "Күші жойылған анықтамалар", cert["voided"]),
            ("Переписаны, но справка не выдана", "Санақтан өтті, анықтама берілмеді", cert["waiting"]),
        ],
        equipment=[
            ("Планшетов получено", "Алынған планшеттер", items["tablets"]),
            ("Предметов у сотрудников (подлежат возврату)", "Қызметкерлерде (қайтарылуы тиіс)", items["held"]),
            ("Возвращено", "Қайтарылды", items["returned"]),
            ("Не возвращено (отсутствует)", "Қайтарылмады (жоқ)", items["missing"]),
            ("Неподписанных актов", "Қол қойылмаған актілер", items["unsigned_acts"]),
        ],
    )
    header = documents_pdf.header_of(profile, campaign)
    progress(2, 3)
    with documents_pdf.atomic_file(Path(target)) as temp:
        documents_pdf.progress_pdf(header, report, temp)
    progress(3, 3)
    uow.record(audit.output(audit.Kind.PRINT, "progress_pdf", Path(target).name))
    uow.commit()
    return ReportResult(Path(target), figures.to_count, enumerated)
