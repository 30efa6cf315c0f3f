"""Close-out: when every person to be counted has an outcome, the institution's census work is closed.

The statement of the institution (for the head to sign; PDF with a Kazakh and a Russian page) gives
the persons expected from the list, those enumerated by mode, those not enumerated with the reasons,
the certificates issued, the tablets returned and the date and time of the final synchronisation.
Closing stores the statement's figures on the institution (they travel to the Department with its
profile); afterwards every change needs a confirmation with a reason (:mod:`desktop.services.after_close`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop.domain.accounts import Permission
from desktop.domain.audit import Event, Kind
from desktop.domain.campaign import Campaign
from desktop.domain.enums import CoverageStatus
from desktop.domain.errors import ConflictError, SetupRequired
from desktop.domain.text import QT_TRANSLATE_NOOP, Message
from desktop.models.db import UnitOfWork
from desktop.models.documents import EquipmentItem
from desktop.models.entities import Institution, Person
from desktop.services import (
    accounts,
    after_close,
    certificates,
    documents_pdf,
    equipment,
    exchange,
    institution,
    progress,
)
from desktop.services import register as register_service
from desktop.services.jobs import Progress, no_progress
from desktop.services.progress_report import local_time
from desktop.services.register_export import LEFT_PRINT


@dataclass(frozen=True)
class Statement:
    """The figures of the statement, as stored on the institution and sent to the Department."""

    made_at: str
    campaign_id: str
    on_list: int
    expected: int
    interview: int
    records: int
    online: int
    refused: int
    not_resident: int
    to_do: int
    #: Why persons were not enumerated: [(status, reason, count)], reason as recorded (or a leaving code).
    reasons: list[tuple[str, str, int]] = field(default_factory=list)
    certificates_issued: int = 0
    tablets: int = 0
    equipment_items: int = 0
    equipment_returned: int = 0
    equipment_missing: int = 0
    #: Still with the employees (to return to the Department).
    equipment_held: int = 0
    last_sync_at: str | None = None
    closed_at: str | None = None
    closed_by: str = ""

    @property
    def enumerated(self) -> int:
        return self.interview + self.records + self.online

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["reasons"] = [{"status": s, "reason": r, "count": n} for s, r, n in self.reasons]
        data["enumerated"] = self.enumerated
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Statement:
        values = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        values["reasons"] = [(r["status"], r["reason"], int(r["count"])) for r in data.get("reasons", [])]
        return cls(**values)


def _t(template: str, **params: object) -> Message:
    return Message("closeout", template, params)


def _institution(uow: UnitOfWork) -> Institution:
    row = institution.institution_row(uow)
    if row is None:
        institution.require_profile(uow)
        raise SetupRequired(_t(QT_TRANSLATE_NOOP("closeout", "The institution is not set up yet.")))
    return row


def statement(uow: UnitOfWork, *, campaign: Campaign, now: dt.datetime) -> Statement:
    """The statement's figures as they stand (the stored one once the institution is closed, with the
    last synchronisation brought up to date)."""
    row = _institution(uow)
    last = exchange.last_sync_at(uow)
    if row.closed_at is not None and row.statement:
        stored = Statement.from_json(row.statement)
        return Statement(**{**asdict(stored), "last_sync_at": last.isoformat() if last else None})
    figures = progress.figures(uow, campaign=campaign, now=now)
    scope = register_service.to_count(campaign)
    reasons: Counter[tuple[str, str]] = Counter()
    missing = (CoverageStatus.REFUSED.value, CoverageStatus.NOT_RESIDENT.value)
    for status, reason, left_reason in uow.session.execute(
        select(Person.status, Person.status_reason, Person.left_reason).where(scope, Person.status.in_(missing))
    ):
        text = " ".join((reason or "").split())
        if not text and left_reason:
            text = f"left:{left_reason}"
        reasons[(status, text)] += 1
    issued = certificates.counts(uow, campaign=campaign)
    items = equipment.summary(uow)
    tablets = items.get("tablets", 0)
    returned = int(
        uow.session.scalar(select(func.count()).select_from(EquipmentItem).where(EquipmentItem.state == "returned"))
        or 0
    )
    return Statement(
        made_at=now.isoformat(),
        campaign_id=campaign.id,
        on_list=figures.on_list,
        expected=figures.to_count,
        interview=figures.interview,
        records=figures.records,
        online=figures.online,
        refused=figures.refused,
        not_resident=figures.not_resident,
        to_do=figures.to_do,
        reasons=sorted((s, r, n) for (s, r), n in reasons.items()),
        certificates_issued=issued["issued"] + issued["reprinted"],
        tablets=tablets,
        equipment_items=items.get("items", 0),
        equipment_returned=returned,
        equipment_missing=items.get("missing", 0),
        equipment_held=items.get("held", 0),
        last_sync_at=last.isoformat() if last else None,
    )


@dataclass(frozen=True)
class Readiness:
    ready: bool
    closed_at: dt.datetime | None
    to_do: int
    message: Message


def readiness(uow: UnitOfWork, *, campaign: Campaign, now: dt.datetime) -> Readiness:
    """Whether the close-out can be offered: every person to be counted has an outcome, not yet closed."""
    row = _institution(uow)
    if row.closed_at is not None:
        return Readiness(
            False, row.closed_at, 0, _t(QT_TRANSLATE_NOOP("closeout", "The census work of the institution is closed."))
        )
    figures = progress.figures(uow, campaign=campaign, now=now)
    if figures.to_count == 0:
        return Readiness(False, None, 0, _t(QT_TRANSLATE_NOOP("closeout", "Nobody is on the list yet.")))
    if figures.to_do:
        return Readiness(
            False,
            None,
            figures.to_do,
            _t(
                QT_TRANSLATE_NOOP("closeout", "{count} person(s) still without an outcome: the close-out comes after."),
                count=figures.to_do,
            ),
        )
    return Readiness(
        True,
        None,
        0,
        _t(
            QT_TRANSLATE_NOOP("closeout", "Every person on the list has an outcome: the census work can be closed out.")
        ),
    )


def close(uow: UnitOfWork, *, campaign: Campaign, now: dt.datetime) -> Statement:
    """Mark the institution closed (one transaction) with the statement's figures; refused while a
    person is still without an outcome or when it is closed already.  The close-out is the administrator's."""
    accounts.require(uow, Permission.ADMINISTER)
    uow.lock_writes("closeout")
    state = readiness(uow, campaign=campaign, now=now)
    if not state.ready:
        raise ConflictError(state.message, code="closeout.not_ready")
    figures = statement(uow, campaign=campaign, now=now)
    row = _institution(uow)
    by = after_close.who(uow)
    closed = Statement(**{**asdict(figures), "closed_at": now.isoformat(), "closed_by": by})
    row.closed_at = now
    row.closed_by = by
    row.campaign_id = campaign.id
    row.statement = closed.to_json()
    uow.record(Event(Kind.SETTING, "closed_out"))
    uow.commit()
    return closed


def is_closed(uow: UnitOfWork) -> bool:
    row = institution.institution_row(uow)
    return row is not None and row.closed_at is not None


# -- the statement as a PDF -----------------------------------------------------------------------

_REASON_STATUS = {
    CoverageStatus.REFUSED.value: ("Отказ", "Бас тарту"),
    CoverageStatus.NOT_RESIDENT.value: ("Не проживал(а) на критический момент", "Санақ сәтінде тұрмаған"),
}


def _reason_text(status: str, reason: str) -> tuple[str, str]:
    kind_ru, kind_kk = _REASON_STATUS.get(status, (status, status))
    if reason.startswith("left:"):
        ru, kk = LEFT_PRINT.get(reason[5:], ("", ""))
        return f"{kind_ru}: {ru.lower()}", f"{kind_kk}: {kk.lower()}"
    if not reason:
        return f"{kind_ru}: причина не указана", f"{kind_kk}: себебі көрсетілмеген"
    return f"{kind_ru}: {reason}", f"{kind_kk}: {reason}"


def write_statement(
    uow: UnitOfWork, target: Path, *, campaign: Campaign, now: dt.datetime, progress_cb: Progress = no_progress
) -> Statement:
    """The statement as a PDF to sign: a Kazakh page, then a Russian page."""
    progress_cb(0, 2)
    figures = statement(uow, campaign=campaign, now=now)
    header = documents_pdf.header_of(institution.require_profile(uow), campaign)
    progress_cb(1, 2)
    with documents_pdf.atomic_file(Path(target)) as temp:
        statement_pdf(header, figures, campaign, now, temp)
    progress_cb(2, 2)
    return figures


def _when(text: str | None, campaign: Campaign) -> str:
    return local_time(dt.datetime.fromisoformat(text), campaign) if text else "—"


def statement_pdf(
    header: documents_pdf.Header, figures: Statement, campaign: Campaign, now: dt.datetime, target: Path
) -> None:
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    esc = documents_pdf.esc
    documents_pdf.register_fonts()
    s = documents_pdf._styles()
    story: list[Any] = []
    for lang in ("kk", "ru"):
        kk = lang == "kk"

        def say(kk_text: str, ru_text: str, kk: bool = kk) -> str:
            return kk_text if kk else ru_text

        details = f"{say('БСН', 'БИН')} {esc(header.bin)}" + (f" · {esc(header.address)}" if header.address else "")
        story += [
            Paragraph(esc(header.name_kk if kk else header.name_ru), s["inst"]),
            Paragraph(details, s["smallc"]),
            Spacer(1, 6 * mm),
            Paragraph(say("Мекеменің халық санағын аяқтау туралы", "Справка учреждения"), s["title"]),
            Paragraph(say("АНЫҚТАМАСЫ", "о завершении переписи населения"), s["title"]),
            Paragraph(esc(campaign.name_kk if kk else campaign.name_ru), s["centre"]),
            Spacer(1, 6 * mm),
        ]
        rows: list[tuple[str, str]] = [
            (say("1-кезең тізіміндегі адамдар", "Лиц в списке 1 этапа"), str(figures.on_list)),
            (
                say("Санаққа жатады (тізім бойынша күтілген)", "Подлежало переписи (ожидалось по списку)"),
                str(figures.expected),
            ),
            (say("Санақтан өтті, барлығы", "Переписано, всего"), str(figures.enumerated)),
            (say("   сұхбат арқылы", "   путём опроса"), str(figures.interview)),
            (say("   әкімшілік деректер бойынша", "   по административным данным"), str(figures.records)),
            (say("   онлайн (sanaq.gov.kz)", "   онлайн (sanaq.gov.kz)"), str(figures.online)),
            (
                say("Санақтан өтпеді, барлығы", "Не переписано, всего"),
                str(figures.refused + figures.not_resident + figures.to_do),
            ),
        ]
        for status, reason, count in figures.reasons:
            ru, kk_text = _reason_text(status, reason)
            rows.append(("   " + (kk_text if kk else ru), str(count)))
        if figures.to_do:
            rows.append((say("   нәтижесі жоқ", "   без итога"), str(figures.to_do)))
        rows += [
            (say("Берілген анықтамалар", "Выдано справок"), str(figures.certificates_issued)),
            (
                say("Қайтарылған жабдық (барлығы алынғаннан)", "Возвращено оборудования (из полученного)"),
                f"{figures.equipment_returned} / {figures.equipment_items}",
            ),
            (say("   оның ішінде планшеттер алынды", "   из них планшетов получено"), str(figures.tablets)),
            (
                say("Қызметкерлерде қалған (қайтарылмаған)", "Остаётся у сотрудников (не возвращено)"),
                str(figures.equipment_held),
            ),
            (say("Жоғалған жабдық", "Утеряно оборудования"), str(figures.equipment_missing)),
            (
                say("Соңғы синхрондаудың күні мен уақыты", "Дата и время последней синхронизации"),
                _when(figures.last_sync_at, campaign),
            ),
        ]
        if figures.closed_at:
            rows.append(
                (say("Аяқталған күні мен уақыты", "Дата и время завершения"), _when(figures.closed_at, campaign))
            )
        table: list[list[Any]] = [
            [Paragraph(say("Көрсеткіш", "Показатель"), s["head"]), Paragraph(say("Саны", "Число"), s["head"])]
        ]
        table += [
            [Paragraph(esc(label).replace("   ", "&nbsp;&nbsp;&nbsp;"), s["base"]), value] for label, value in rows
        ]
        story += [documents_pdf._table(table, [130 * mm, 50 * mm]), Spacer(1, 12 * mm)]
        made = now.astimezone(campaign.timezone).strftime("%d.%m.%Y %H:%M")
        story += [
            Paragraph(f"{say('Жасалды', 'Составлено')}: {made}", s["base"]),
            Spacer(1, 10 * mm),
            Paragraph(
                f"{say('Мекеме басшысы', 'Руководитель учреждения')}: ______________________ {esc(header.head_name)}",
                s["base"],
            ),
            Spacer(1, 4 * mm),
            Paragraph(say("М.О.", "М.П."), s["base"]),
        ]
        if kk:
            story.append(PageBreak())
    documents_pdf.build_pdf(target, story, title="Справка о завершении переписи", author=header.name_ru)
