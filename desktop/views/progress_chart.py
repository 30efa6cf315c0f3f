"""The progress chart of the Overview, drawn with QPainter: persons enumerated per day of the campaign
(stacked by mode: interview, records, online) and per unit (enumerated against still to do).

Colours come from the widget's palette (the highlight colour and two hues turned from it), so the
window's theme applies; the same painting goes to the screen and to a printer (:func:`print_chart`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.services.progress import DayRow, UnitRow

MODES = ("interview", "records", "online")


def _hue(color: QColor, turn: int) -> QColor:
    hue, saturation, value = color.hsvHue(), color.hsvSaturation(), color.value()
    return QColor.fromHsv((max(hue, 0) + turn) % 360, max(saturation, 90), min(max(value, 120), 220))


@dataclass
class ChartData:
    days: list[DayRow] = field(default_factory=list)
    units: list[UnitRow] = field(default_factory=list)
    undated: int = 0


class ProgressChart(QWidget):
    """Two panels side by side: per day (stacked bars) and per unit (horizontal bars)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = ChartData()
        self.setMinimumHeight(380)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(800, 260)

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.update()

    def labels(self) -> dict[str, str]:
        return {
            "days": self.tr("Enumerated per day"),
            "units": self.tr("Per unit: enumerated and still to do"),
            "interview": self.tr("interview"),
            "records": self.tr("records"),
            "online": self.tr("online"),
            "done": self.tr("enumerated"),
            "to_do": self.tr("still to do"),
            "none": self.tr("Nobody enumerated yet."),
            "no_unit": self.tr("without a unit"),
            "undated": self.tr("{count} without a date"),
        }

    def colours(self) -> dict[str, QColor]:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Highlight)
        return {
            "interview": base,
            "done": base,
            "records": _hue(base, 120),
            "online": _hue(base, 240),
            "to_do": palette.color(QPalette.ColorRole.Mid),
            "text": palette.color(QPalette.ColorRole.WindowText),
            "axis": palette.color(QPalette.ColorRole.Dark),
        }

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRectF(self.rect()), self.font())
        painter.end()

    # -- drawing, on any paint device -------------------------------------------------------------

    def paint(self, painter: QPainter, area: QRectF, font: QFont) -> None:
        words, colours = self.labels(), self.colours()
        painter.setFont(font)
        if area.width() >= area.height() * 2.2:  # wide: side by side
            gap = area.width() * 0.03
            first = QRectF(area.left(), area.top(), area.width() * 0.58, area.height())
            second = QRectF(first.right() + gap, area.top(), area.width() - first.width() - gap, area.height())
        else:  # narrow: one above the other
            gap = painter.fontMetrics().height()
            first = QRectF(area.left(), area.top(), area.width(), area.height() * 0.55)
            second = QRectF(area.left(), first.bottom() + gap, area.width(), area.height() - first.height() - gap)
        self._paint_days(painter, first, words, colours)
        self._paint_units(painter, second, words, colours)

    def _title(self, painter: QPainter, area: QRectF, text: str, colour: QColor) -> float:
        metrics = painter.fontMetrics()
        painter.setPen(colour)
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.save()
        painter.setFont(bold)
        painter.drawText(
            QRectF(area.left(), area.top(), area.width(), metrics.height() * 1.4), Qt.AlignmentFlag.AlignLeft, text
        )
        painter.restore()
        return metrics.height() * 1.5

    def _legend(self, painter: QPainter, x: float, y: float, keys: list[str], words, colours) -> float:
        metrics = painter.fontMetrics()
        box = metrics.height() * 0.7
        pad = metrics.height() * 0.3
        for key in keys:
            painter.fillRect(QRectF(x, y + (metrics.height() - box) / 2, box, box), colours[key])
            painter.setPen(colours["text"])
            width = metrics.horizontalAdvance(words[key]) + pad
            painter.drawText(QRectF(x + box + pad, y, width, metrics.height()), Qt.AlignmentFlag.AlignLeft, words[key])
            x += box + 2 * pad + width
        return metrics.height() * 1.3

    def _paint_days(self, painter: QPainter, area: QRectF, words, colours) -> None:
        metrics = painter.fontMetrics()
        top = area.top() + self._title(painter, area, words["days"], colours["text"])
        legend_top = top
        top += self._legend(painter, area.left(), top, list(MODES), words, colours)
        days = self.data.days
        highest = max((d.total for d in days), default=0)
        bottom = area.bottom() - metrics.height() * 1.4
        axis_left = area.left() + metrics.horizontalAdvance("00000")
        plot = QRectF(axis_left, top, area.right() - axis_left, bottom - top)
        painter.setPen(colours["axis"])
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        if not highest:
            painter.setPen(colours["text"])
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, words["none"])
            return
        painter.setPen(colours["text"])
        painter.drawText(
            QRectF(
                area.left(), plot.top() - metrics.height() / 2, metrics.horizontalAdvance("0000"), metrics.height()
            ),
            Qt.AlignmentFlag.AlignRight,
            str(highest),
        )
        step = plot.width() / max(len(days), 1)
        width = max(step * 0.75, 1.0)
        label_every = max(1, int(metrics.horizontalAdvance("00.00") * 1.8 / step) + 1)
        for index, day in enumerate(days):
            x = plot.left() + index * step + (step - width) / 2
            y = plot.bottom()
            for mode in MODES:
                count = getattr(day, mode)
                if not count:
                    continue
                height = plot.height() * count / highest
                painter.fillRect(QRectF(x, y - height, width, height), colours[mode])
                y -= height
            if index % label_every == 0:
                label = day.day.strftime("%d.%m")
                half = metrics.horizontalAdvance(label) * 0.6
                centre = min(max(x + width / 2, area.left() + half), area.right() - half)
                painter.setPen(colours["text"])
                painter.drawText(
                    QRectF(centre - half, plot.bottom() + metrics.height() * 0.1, half * 2, metrics.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    label,
                )
        if self.data.undated:
            painter.setPen(colours["text"])
            painter.drawText(
                QRectF(area.left(), legend_top, area.width(), metrics.height()),
                Qt.AlignmentFlag.AlignRight,
                words["undated"].format(count=self.data.undated),
            )

    def _paint_units(self, painter: QPainter, area: QRectF, words, colours) -> None:
        metrics = painter.fontMetrics()
        top = area.top() + self._title(painter, area, words["units"], colours["text"])
        top += self._legend(painter, area.left(), top, ["done", "to_do"], words, colours)
        units = self.data.units
        if not units:
            return
        highest = max(u.enumerated + u.to_do for u in units) or 1
        row = min((area.bottom() - top) / len(units), metrics.height() * 2.2)
        name_width = area.width() * 0.42
        pad = metrics.height() * 0.3
        for index, unit in enumerate(units):
            y = top + index * row
            name = unit.name or words["no_unit"]
            painter.setPen(colours["text"])
            painter.drawText(
                QRectF(area.left(), y, name_width - pad, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(name_width - pad)),
            )
            count_width = metrics.horizontalAdvance("000/000") + pad
            full = area.width() - name_width - count_width - pad
            done = full * unit.enumerated / highest
            left = full * unit.to_do / highest
            bar = QRectF(area.left() + name_width, y + row * 0.2, done, row * 0.6)
            painter.fillRect(bar, colours["done"])
            painter.fillRect(QRectF(bar.right(), bar.top(), left, bar.height()), colours["to_do"])
            painter.drawText(
                QRectF(bar.right() + left + pad, y, count_width, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                f"{unit.enumerated}/{unit.enumerated + unit.to_do}",
            )


def print_chart(chart: ProgressChart, printer, title: str) -> bool:
    """Paint ``chart`` on one landscape page of ``printer`` (a real printer, or a PDF file when its
    output file name is set), under ``title``.  False when the printer cannot be started."""
    from PySide6.QtGui import QPageLayout

    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setDocName(title)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        page = QRectF(painter.viewport())
        font = QFont(chart.font())
        font.setPointSizeF(9)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        painter.setPen(chart.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(QRectF(page.left(), page.top(), page.width(), metrics.height() * 2), title)
        body = QRectF(page.left(), page.top() + metrics.height() * 2.5, page.width(), page.height() * 0.6)
        chart.paint(painter, body, font)
    finally:
        painter.end()
    return True
