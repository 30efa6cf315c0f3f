"""What the institution's database holds, for the overview page, ``sanaq info`` and ``sanaq check``."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from desktop.domain import classifiers
from desktop.domain.campaign import Campaign, shipped_campaigns
from desktop.domain.enums import CoverageStatus
from desktop.domain.text import Message
from desktop.models.db import UnitOfWork
from desktop.models.entities import Employee, Person, Unit
from desktop.resources import resource
from desktop.services.register import present_at


@dataclass(frozen=True)
class Counts:
    persons: int
    on_list: int
    by_status: dict[str, int]
    employees: int
    units: int
    extra: dict[str, int] = field(default_factory=dict)
    #: Checks between documents, e.g. the institution sheet's residents against the register's count.
    warnings: list[Message] = field(default_factory=list)

    @property
    def enumerated(self) -> int:
        return sum(n for s, n in self.by_status.items() if CoverageStatus(s).enumerated)


def counts(uow: UnitOfWork, *, campaign: Campaign) -> Counts:
    from desktop.services import questionnaires

    session = uow.session
    by_status = {status.value: 0 for status in CoverageStatus}
    for status, number in session.execute(select(Person.status, func.count()).group_by(Person.status)):
        by_status[status] = number
    persons = sum(by_status.values())
    on_list = session.scalar(select(func.count()).select_from(Person).where(present_at(campaign.on_list))) or 0
    employees = session.scalar(select(func.count()).select_from(Employee).where(Employee.active.is_(True))) or 0
    units = session.scalar(select(func.count()).select_from(Unit)) or 0
    return Counts(
        persons=persons,
        on_list=on_list,
        by_status=by_status,
        employees=employees,
        units=units,
        extra=work_counts(uow, campaign=campaign),
        warnings=questionnaires.residents_differences(uow, campaign=campaign),
    )


def work_counts(uow: UnitOfWork, *, campaign: Campaign) -> dict[str, int]:
    """Sheets, double entry, certificates and equipment, flat, for the overview and ``sanaq info``."""
    from desktop.services import certificates, equipment, questionnaires, verification

    sheets = questionnaires.counts(uow)
    checked = verification.summary(uow)
    issued = certificates.counts(uow, campaign=campaign)
    lent = equipment.summary(uow)
    not_known = questionnaires.not_known(uow)
    return {
        "sheets_draft": sheets.get("draft", 0),
        "sheets_complete": sheets.get("complete", 0),
        "sheets_not_known_answers": not_known.answers,
        "sheets_with_not_known": not_known.sheets,
        "verification_chosen": checked.chosen,
        "verification_resolved": checked.resolved,
        "verification_differences": checked.differences_found,
        "certificates_valid": issued["issued"] + issued["reprinted"],
        "certificates_voided": issued["voided"],
        "certificates_waiting": issued["waiting"],
        "equipment_items": lent["items"],
        "equipment_held": lent["held"],
        "equipment_missing": lent["missing"],
        "equipment_unsigned_acts": lent["unsigned_acts"],
    }


#: Files without which the program cannot do its job; ``sanaq check`` looks for each.
REQUIRED_RESOURCES = (
    ("classifiers", "institution_types.csv"),
    ("classifiers", "kato_zhambyl.csv"),
    ("classifiers", "countries.csv"),
    ("fonts", "DejaVuSans.ttf"),
    ("fonts", "DejaVuSans-Bold.ttf"),
)


def missing_resources() -> list[str]:
    """Relative paths of required resource files that are absent or unreadable."""
    missing = []
    for parts in REQUIRED_RESOURCES:
        path = resource(*parts)
        if not path.is_file() or path.stat().st_size == 0:
            missing.append("/".join(parts))
    try:
        shipped = shipped_campaigns()  # read now, not the copy kept by the running program
        if not shipped:
            raise FileNotFoundError("no campaign file")
        Campaign.load(shipped[-1])
        classifiers.institution_types()
        classifiers.kato_units()
    except (OSError, ValueError, KeyError):
        missing.append("campaign or classifiers (unreadable)")
    return missing


KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"


def fonts_without_kazakh() -> list[str]:
    """Shipped fonts that lack a glyph of the Kazakh alphabet (they would print empty boxes)."""
    from reportlab.pdfbase.ttfonts import TTFont

    bad = []
    for path in sorted(resource("fonts").glob("*.ttf")):
        try:
            face = TTFont(path.stem, str(path)).face
        except Exception:  # noqa: BLE001 - an unreadable font is reported like a bad one
            bad.append(path.name)
            continue
        if not all(ord(ch) in face.charToGlyph for ch in KAZAKH_LETTERS):
            bad.append(path.name)
    return bad
