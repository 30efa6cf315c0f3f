"""Overview: the page the responsible employee opens every morning — what is left, what is late, and
whether the work is done (the close-out), with the institution, its calendar and its employees.

Every number is a link to the list behind it (the Respondents page with its filters set, or the page
that lists it); the figures are :func:`desktop.services.progress.figures`, the same as
``sanaq report progress`` and its PDF.  Built from plain widgets and palette roles so the window's
theme applies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.accounts import Permission
from desktop.domain.text import Message
from desktop.services import closeout, institution, progress, questionnaires
from desktop.views.common import local_date, local_datetime, tr_message
from desktop.views.operations import call
from desktop.views.page import Page
from desktop.views.progress_chart import ChartData, ProgressChart

if TYPE_CHECKING:
    import datetime as dt

    from desktop.domain.campaign import Campaign
    from desktop.models.db import UnitOfWork


@dataclass
class OverviewData:
    profile: institution.Profile | None
    employees: list[institution.EmployeeInfo]
    figures: progress.Figures | None = None
    closeout: closeout.Readiness | None = None
    #: The institution sheet against the register, with both numbers.
    differences: list[Message] = field(default_factory=list)


#: The figures in the groups the page shows them in.
GROUPS = (
    ("list", ("on_list", "to_count")),
    ("outcomes", ("interview", "records", "online", "refused", "not_resident", "to_do")),
    (
        "work",
        (
            "sheets_draft",
            "complete_not_verified",
            "certificates_to_issue",
            "not_at_department",
            "tablets_to_return",
        ),
    ),
)


class OverviewPage(Page):
    page_id = "overview"

    def __init__(self, ctx, runner, parent=None) -> None:
        super().__init__(ctx, runner, parent)
        self.data: OverviewData | None = None
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        big = QFont(self.heading.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.heading.setFont(big)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)

        self.stage_box = QGroupBox(self.tr("Today"))
        self.stage_layout = QVBoxLayout(self.stage_box)
        self.stage_label = QLabel()
        self.stage_label.setObjectName("stage")
        self.stage_label.setWordWrap(True)
        bold = QFont(self.stage_label.font())
        bold.setBold(True)
        self.stage_label.setFont(bold)
        self.stage_layout.addWidget(self.stage_label)
        self.warnings_layout = QVBoxLayout()
        self.stage_layout.addLayout(self.warnings_layout)
        self.stage_layout.addStretch(1)

        self.figures_box = QGroupBox(self.tr("Progress"))
        self.figures_grid = QGridLayout(self.figures_box)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m with an outcome (%p%)"))
        self.sync_label = QLabel()
        self.sync_label.setObjectName("figure_sync")
        self.sync_label.setWordWrap(True)
        self.sync_label.linkActivated.connect(self.open_target)

        self.chart = ProgressChart()
        self.chart_box = QGroupBox(self.tr("Per day and per unit"))
        chart_layout = QVBoxLayout(self.chart_box)
        chart_layout.addWidget(self.chart)
        self.print_button = QPushButton(self.tr("Print the chart…"))
        self.print_button.clicked.connect(self.print_chart)
        chart_buttons = QHBoxLayout()
        chart_buttons.addStretch(1)
        chart_buttons.addWidget(self.print_button)
        chart_layout.addLayout(chart_buttons)

        self.closeout_box = QGroupBox(self.tr("Close-out"))
        closeout_layout = QVBoxLayout(self.closeout_box)
        self.closeout_label = QLabel()
        self.closeout_label.setObjectName("closeout_state")
        self.closeout_label.setWordWrap(True)
        self.closeout_button = QPushButton(self.tr("Close out the census work…"))
        self.closeout_button.setObjectName("closeout")
        self.closeout_button.clicked.connect(self.start_closeout)
        self.statement_button = QPushButton(self.tr("Statement of the institution…"))
        self.statement_button.setObjectName("statement")
        self.statement_button.clicked.connect(self.save_statement)
        self.closeout_button.setEnabled(False)  # until the figures say every person has an outcome
        self.statement_button.setEnabled(False)
        closeout_buttons = QHBoxLayout()
        closeout_buttons.addWidget(self.closeout_button)
        closeout_buttons.addWidget(self.statement_button)
        closeout_buttons.addStretch(1)
        closeout_layout.addWidget(self.closeout_label)
        closeout_layout.addLayout(closeout_buttons)
        closeout_layout.addStretch(1)

        self.profile_box = QGroupBox(self.tr("Institution"))
        self.profile_form = QFormLayout(self.profile_box)
        self.calendar_box = QGroupBox(self.tr("Census calendar"))
        self.calendar_form = QFormLayout(self.calendar_box)
        self.employees_box = QGroupBox(self.tr("Responsible employees"))
        self.employees_layout = QVBoxLayout(self.employees_box)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        grid = QGridLayout()
        grid.addWidget(self.stage_box, 0, 0)
        grid.addWidget(self.closeout_box, 0, 1)
        grid.addWidget(self.figures_box, 1, 0)
        grid.addWidget(self.chart_box, 1, 1)
        grid.addWidget(self.profile_box, 2, 0)
        grid.addWidget(self.calendar_box, 2, 1)
        grid.addWidget(self.employees_box, 3, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
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
        self.op(call(_overview, self.ctx.campaign, self.ctx.now()), done=self._show)

    @staticmethod
    def _clear(layout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def figure_label(self, key: str) -> str:
        return self.tr_progress(progress.FIGURE_LABELS[key])

    @staticmethod
    def tr_progress(text: str) -> str:
        from desktop.views.common import qt_translate

        return qt_translate("progress", text)

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
            (self.tr("Follow-up until:"), local_date(campaign.follow_up_until)),
        ]
        for label, value in rows:
            self.calendar_form.addRow(label, QLabel(value))

    # -- showing the data ------------------------------------------------------------------------

    def _show(self, data: OverviewData) -> None:
        self.data = data
        self._show_profile(data)
        self._show_employees(data.employees)
        figures = data.figures
        if figures is None:
            return
        self._show_stage(figures, data.differences)
        self._show_figures(figures)
        self.chart.set_data(ChartData(figures.per_day, figures.per_unit, figures.undated))
        self._show_closeout(data.closeout)

    def _link(self, target: str, text: str, name: str) -> QLabel:
        label = QLabel(f'<a href="{target}">{_escape(text)}</a>')
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        label.linkActivated.connect(self.open_target)
        return label

    def _show_stage(self, figures: progress.Figures, differences: list[Message]) -> None:
        stage = figures.stage
        text = tr_message(stage.label)
        if figures.closed_at is not None:
            text = self.tr("The census work of the institution was closed out on {when}.").format(
                when=local_datetime(figures.closed_at)
            )
        elif stage.ends_on is not None:
            text += " — " + self.tr("%n day(s) left", "", stage.days_left)
            text += " " + self.tr("(until {date})").format(date=local_date(stage.ends_on))
        self.stage_label.setText(text)
        self._clear(self.warnings_layout)
        if not figures.warnings and not differences:
            ok = QLabel(self.tr("Nothing is late."))
            ok.setObjectName("no_warnings")
            self.warnings_layout.addWidget(ok)
        for warning in figures.warnings:
            link = self._link(warning.target, "⚠ " + tr_message(warning.message), f"warning_{warning.code}")
            self.warnings_layout.addWidget(link)
        for difference in differences:
            note = QLabel("⚠ " + tr_message(difference))
            note.setWordWrap(True)
            self.warnings_layout.addWidget(note)

    def _show_figures(self, figures: progress.Figures) -> None:
        self._clear(self.figures_grid)
        self.progress.setParent(None)
        self.sync_label.setParent(None)
        row = 0
        headings = {
            "list": self.tr("The list"),
            "outcomes": self.tr("Outcomes"),
            "work": self.tr("Work left"),
        }
        for group, keys in GROUPS:
            heading = QLabel(headings[group])
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            self.figures_grid.addWidget(heading, row, 0, 1, 2)
            row += 1
            for key in keys:
                value = figures.value(key)
                if value is None:
                    continue
                self.figures_grid.addWidget(QLabel(self.figure_label(key)), row, 0)
                number = self._link(key, str(value), f"figure_{key}")
                number.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.figures_grid.addWidget(number, row, 1)
                row += 1
        when = local_datetime(figures.last_sync_at) or self.tr("never")
        self.sync_label.setText(
            '<a href="exchange">'
            + _escape(
                self.tr("Last synchronisation: {when}; records waiting to be sent: {count}").format(
                    when=when, count=figures.records_not_sent
                )
            )
            + "</a>"
        )
        self.figures_grid.addWidget(self.sync_label, row, 0, 1, 2)
        if figures.to_count:
            self.progress.setMaximum(figures.to_count)
            self.progress.setValue(figures.to_count - figures.to_do)
            self.figures_grid.addWidget(self.progress, row + 1, 0, 1, 2)

    def _show_closeout(self, state: closeout.Readiness | None) -> None:
        if state is None:
            self.closeout_box.setVisible(False)
            return
        self.closeout_box.setVisible(True)
        text = tr_message(state.message)
        if state.closed_at is not None:
            text = self.tr(
                "Closed out on {when}. A change now needs the administrator's confirmation with its reason."
            ).format(when=local_datetime(state.closed_at))
        self.closeout_label.setText(text)
        # The close-out is the administrator's: another role sees how far it is, not the button.
        self.closeout_button.setVisible(state.closed_at is None and self.may(Permission.ADMINISTER))
        self.closeout_button.setEnabled(state.ready)
        self.statement_button.setEnabled(state.ready or state.closed_at is not None)

    def _show_profile(self, data: OverviewData) -> None:
        lang = self.ctx.language.value
        profile = data.profile
        self._clear(self.profile_form)
        if profile is None:
            self.heading.setText(self.tr("The institution is not set up yet"))
            self.subheading.setText(self.tr("Fill in its profile in Settings."))
            return
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

    def _show_employees(self, employees: list[institution.EmployeeInfo]) -> None:
        self._clear(self.employees_layout)
        if not employees:
            self.employees_layout.addWidget(QLabel(self.tr("No responsible employee yet: add one in Settings.")))
        for employee in employees:
            details = ", ".join(x for x in (employee.position, employee.phone) if x)
            card = QLabel(f"<b>{_escape(employee.full_name)}</b><br>{_escape(details)}")
            card.setWordWrap(True)
            self.employees_layout.addWidget(card)

    # -- clicks ----------------------------------------------------------------------------------

    def open_target(self, key: str) -> None:
        """Open the list behind a number: the Respondents page with its filters, or the page that lists it."""
        target = progress.TARGETS.get(key, {"page": key})
        window = self.window()
        show = getattr(window, "show_page", None)
        if not callable(show) or not show(target["page"]):
            return
        page = next((p for p in window.findChildren(Page) if p.page_id == target["page"]), None)
        apply = getattr(page, "show_filtered", None)
        if callable(apply):
            apply(status=target.get("status"), state=target.get("state", "all"), work=target.get("work"))

    def print_chart(self, printer=None) -> bool:
        """Print the chart on one page: the system's print dialog, or ``printer`` as given (a test
        gives one that writes a PDF file)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.views.progress_chart import print_chart

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return False
        name = self.heading.text()
        title = self.tr("Progress of the census — {institution}, {when}").format(
            institution=name, when=local_datetime(self.data.figures.made_at) if self.data and self.data.figures else ""
        )
        return print_chart(self.chart, printer, title)

    def start_closeout(self) -> None:
        from desktop.views.closeout_dialog import CloseoutDialog

        dialog = CloseoutDialog(self.ctx, self.runner, self)
        dialog.finished.connect(self._after_closeout)
        dialog.open()

    def _after_closeout(self, _result: int) -> None:
        self.refresh()
        self.data_changed.emit()

    def save_statement(self) -> None:
        from desktop.views.closeout_dialog import save_statement

        save_statement(self, self.ctx, self.runner)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _overview(uow: UnitOfWork, campaign: Campaign, now: dt.datetime) -> OverviewData:
    profile = institution.get_profile(uow)
    data = OverviewData(profile=profile, employees=institution.list_employees(uow))
    if profile is None:
        return data
    data.figures = progress.figures(uow, campaign=campaign, now=now)
    data.closeout = closeout.readiness(uow, campaign=campaign, now=now)
    data.differences = questionnaires.residents_differences(uow, campaign=campaign)
    return data
