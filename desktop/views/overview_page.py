"""Overview: the institution, its responsible employees, and where the census stands."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import COVERAGE_LABELS, CoverageStatus
from desktop.services import exchange, info, institution
from desktop.views.common import local_date, tr_message
from desktop.views.operations import call
from desktop.views.page import Page

if TYPE_CHECKING:
    from desktop.domain.campaign import Campaign
    from desktop.models.db import UnitOfWork


@dataclass
class OverviewData:
    profile: institution.Profile | None
    employees: list[institution.EmployeeInfo]
    counts: info.Counts
    exchange: exchange.Pending | None = None


class OverviewPage(Page):
    page_id = "overview"

    def __init__(self, ctx, runner, parent=None) -> None:
        super().__init__(ctx, runner, parent)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)

        self.profile_box = QGroupBox(self.tr("Institution"))
        self.profile_form = QFormLayout(self.profile_box)
        self.calendar_box = QGroupBox(self.tr("Census calendar"))
        self.calendar_form = QFormLayout(self.calendar_box)
        self.employees_box = QGroupBox(self.tr("Responsible employees"))
        self.employees_layout = QVBoxLayout(self.employees_box)
        self.counts_box = QGroupBox(self.tr("Persons to be counted"))
        self.counts_grid = QGridLayout(self.counts_box)
        self.work_box = QGroupBox(self.tr("Work"))
        self.work_form = QFormLayout(self.work_box)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m enumerated (%p%)"))

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        grid = QGridLayout()
        grid.addWidget(self.profile_box, 0, 0)
        grid.addWidget(self.calendar_box, 0, 1)
        grid.addWidget(self.counts_box, 1, 0)
        grid.addWidget(self.employees_box, 1, 1)
        grid.addWidget(self.work_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._fill_calendar()

    def title(self) -> str:
        return self.tr("Overview")

    def refresh(self) -> None:
        self.op(call(_overview, self.ctx.campaign), done=self._show)

    @staticmethod
    def _clear(layout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()

    def _fill_calendar(self) -> None:
        campaign = self.ctx.campaign
        online_end = campaign.online_extended_until or campaign.online_until
        rows = [
            (self.tr("List of persons (stage 1) as of:"), local_date(campaign.list_date)),
            (
                self.tr("Census reference moment:"),
                self.tr("00:00, {date}").format(date=local_date(campaign.reference_date)),
            ),
            (self.tr("Online self-enumeration:"), f"{local_date(campaign.online_from)} – {local_date(online_end)}"),
            (
                self.tr("Interviews:"),
                f"{local_date(campaign.interviews_from)} – {local_date(campaign.interviews_until)}",
            ),
        ]
        for label, value in rows:
            self.calendar_form.addRow(label, QLabel(value))
        today = dt.date.today()
        end = campaign.interviews_until
        if today > end:
            note = self.tr("The enumeration period has ended.")
        elif today >= campaign.online_from:
            days = (end - today).days
            note = self.tr("%n day(s) left until the end of the enumeration.", "", days)
        else:
            days = (campaign.reference_date - today).days
            note = self.tr("%n day(s) left until the census reference moment.", "", days)
        note_label = QLabel(note)
        note_label.setWordWrap(True)
        self.calendar_form.addRow(note_label)

    def _show(self, data: OverviewData) -> None:
        lang = self.ctx.language.value
        profile = data.profile
        self._clear(self.profile_form)
        if profile is None:
            self.heading.setText(self.tr("The institution is not set up yet"))
            self.subheading.setText(self.tr("Fill in its profile in Settings."))
        else:
            self.heading.setText(profile.name_kk if lang == "kk" else profile.name_ru)
            self.subheading.setText(profile.name_ru if lang == "kk" else profile.name_kk)
            rows = [
                (self.tr("BIN:"), profile.bin),
                (self.tr("Type:"), profile.type_name.get(lang, "")),
                (self.tr("District or city:"), profile.kato_name.get(lang, "")),
                (self.tr("Address:"), profile.address),
                (self.tr("Head:"), profile.head_name),
                (self.tr("Capacity:"), str(profile.capacity or "—")),
                (self.tr("Department:"), profile.department_name or "—"),
            ]
            for label, value in rows:
                text = QLabel(value)
                text.setWordWrap(True)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.profile_form.addRow(label, text)

        self._clear(self.employees_layout)
        if not data.employees:
            self.employees_layout.addWidget(QLabel(self.tr("No responsible employee yet: add one in Settings.")))
        for employee in data.employees:
            details = ", ".join(x for x in (employee.position, employee.phone) if x)
            card = QLabel(f"<b>{_escape(employee.full_name)}</b><br>{_escape(details)}")
            card.setWordWrap(True)
            self.employees_layout.addWidget(card)

        self._clear(self.counts_grid)
        counts = data.counts
        total_label = QLabel(
            self.tr("In the register: {persons}, on the list: {listed}").format(
                persons=counts.persons, listed=counts.on_list
            )
        )
        total_label.setStyleSheet("font-weight: bold;")
        self.counts_grid.addWidget(total_label, 0, 0, 1, 2)
        for row, status in enumerate(CoverageStatus, start=1):
            name = QLabel(self.tr_status(status))
            number = QLabel(str(counts.by_status.get(status.value, 0)))
            number.setObjectName(f"count_{status.value}")
            number.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.counts_grid.addWidget(name, row, 0)
            self.counts_grid.addWidget(number, row, 1)
        self.progress.setParent(None)
        to_count = max(counts.persons - counts.by_status.get("not_resident", 0), 0)
        if to_count:
            self.progress.setMaximum(to_count)
            self.progress.setValue(counts.enumerated)
            self.counts_grid.addWidget(self.progress, len(CoverageStatus) + 1, 0, 1, 2)

        self._show_work(counts.extra)
        for warning in counts.warnings:  # the institution sheet against the register, with both numbers
            note = QLabel(f"<span style='color:#9a6700'>● {_escape(tr_message(warning))}</span>")
            note.setWordWrap(True)
            self.work_form.addRow(note)
        self._show_exchange(data.exchange)

    def _show_exchange(self, pending: exchange.Pending | None) -> None:
        if pending is None:
            return
        when = pending.last_sync_at.astimezone().strftime("%d.%m.%Y %H:%M:%S") if pending.last_sync_at else "—"
        text = self.tr("not yet at the Department: {count}; last synchronisation: {when}").format(
            count=pending.total, when=when
        )
        link = QLabel(f'<a href="exchange">{_escape(text)}</a>')
        link.setObjectName("work_exchange")
        link.setWordWrap(True)
        link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        link.linkActivated.connect(self._go)
        self.work_form.addRow(self.tr("Department:"), link)

    def _show_work(self, extra: dict[str, int]) -> None:
        self._clear(self.work_form)
        if not extra:
            return
        count = extra.get
        lines = [
            (
                self.tr("Census sheets:"),
                "sheets",
                self.tr(
                    "complete {complete}, drafts {draft}; answers “not known”: {unknown} on {with_unknown}"
                ).format(
                    complete=count("sheets_complete", 0), draft=count("sheets_draft", 0),
                    unknown=count("sheets_not_known_answers", 0), with_unknown=count("sheets_with_not_known", 0),
                ),  # fmt: skip
            ),
            (
                self.tr("Double entry:"),
                "verification",
                self.tr("verified {resolved} of {chosen} chosen, differences found {differences}").format(
                    resolved=count("verification_resolved", 0),
                    chosen=count("verification_chosen", 0),
                    differences=count("verification_differences", 0),
                ),  # fmt: skip
            ),
            (
                self.tr("Certificates:"),
                "certificates",
                self.tr("issued {valid}, voided {voided}, enumerated and waiting for one {waiting}").format(
                    valid=count("certificates_valid", 0),
                    voided=count("certificates_voided", 0),
                    waiting=count("certificates_waiting", 0),
                ),  # fmt: skip
            ),
            (
                self.tr("Tablets and accessories:"),
                "equipment",
                self.tr("{held} with employees, {missing} missing, {unsigned} act(s) not signed").format(
                    held=count("equipment_held", 0),
                    missing=count("equipment_missing", 0),
                    unsigned=count("equipment_unsigned_acts", 0),
                ),  # fmt: skip
            ),
        ]
        for label, page_id, text in lines:
            link = QLabel(f'<a href="{page_id}">{_escape(text)}</a>')
            link.setObjectName(f"work_{page_id}")
            link.setWordWrap(True)
            link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            link.linkActivated.connect(self._go)
            self.work_form.addRow(label, link)

    def _go(self, page_id: str) -> None:
        window = self.window()
        show = getattr(window, "show_page", None)
        if callable(show):
            show(page_id)

    @staticmethod
    def tr_status(status: CoverageStatus) -> str:
        from desktop.views.common import qt_translate

        return qt_translate("coverage", COVERAGE_LABELS[status])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _overview(uow: UnitOfWork, campaign: Campaign) -> OverviewData:
    return OverviewData(
        profile=institution.get_profile(uow),
        employees=institution.list_employees(uow),
        counts=info.counts(uow, campaign=campaign),
        exchange=exchange.pending(uow),
    )
