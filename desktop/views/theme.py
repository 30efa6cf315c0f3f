"""The look of the window in one place: palettes (light and dark), spacing and type scale, status colours, icons.

The style is Qt's Fusion with our own palette and a short style sheet, so the window looks the same calm
way on Windows, Astra Linux and macOS. "system" follows the colour scheme of the desktop (Qt 6.5+), and
switches when the desktop does.

Icons come from qtawesome (Material Design Icons, drawn from a font): they are painted in the colour of
the palette at the moment they are drawn, so they follow a change between light and dark.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QStyle,
    QStyleFactory,
    QStyleOptionComboBox,
    QTableView,
    QWidget,
)

from desktop.domain.text import QT_TRANSLATE_NOOP


class Scheme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


SCHEME_LABELS = {
    Scheme.SYSTEM: QT_TRANSLATE_NOOP("theme", "As the system"),
    Scheme.LIGHT: QT_TRANSLATE_NOOP("theme", "Light"),
    Scheme.DARK: QT_TRANSLATE_NOOP("theme", "Dark"),
}


def scheme_label(scheme: Scheme) -> str:
    return QCoreApplication.translate("theme", SCHEME_LABELS[scheme])


# -- spacing and type -------------------------------------------------------------------------------

#: The spacing scale (px at 100%): between related items, between groups, around a page.
SPACE_XS, SPACE_S, SPACE_M, SPACE_L, SPACE_XL = 4, 8, 12, 16, 24
#: The type scale, relative to the body text of the system.
TITLE_SCALE, HEADING_SCALE, SMALL_SCALE = 1.45, 1.15, 0.92
ICON = QSize(18, 18)
NAV_ICON = QSize(20, 20)


# -- colours ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Colours:
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    button: str
    border: str
    accent: str
    accent_text: str
    nav: str
    nav_selected: str
    ok: str
    warning: str
    error: str
    info: str
    ok_back: str
    warning_back: str
    error_back: str
    info_back: str


LIGHT = Colours(
    window="#f4f5f7",
    base="#ffffff",
    alternate="#f7f8fa",
    text="#1f2328",
    muted="#5f6670",
    button="#fbfbfc",
    border="#c9ced6",
    accent="#2563a8",
    accent_text="#ffffff",
    nav="#eceef2",
    nav_selected="#dbe6f4",
    ok="#1e7b34",
    warning="#8a5a00",
    error="#b3261e",
    info="#2563a8",
    ok_back="#e6f4ea",
    warning_back="#fff4d6",
    error_back="#fdecea",
    info_back="#e8f0fb",
)

DARK = Colours(
    window="#1f2227",
    base="#272a30",
    alternate="#2c3036",
    text="#e4e6ea",
    muted="#a3a9b3",
    button="#30343b",
    border="#474c55",
    accent="#5b9be0",
    accent_text="#0f1720",
    nav="#191b1f",
    nav_selected="#2d3d52",
    ok="#6fcf8a",
    warning="#e8b64c",
    error="#f28b82",
    info="#8ab4f8",
    ok_back="#1e3326",
    warning_back="#3a3020",
    error_back="#3d2523",
    info_back="#22324a",
)


class Status(StrEnum):
    """What a coloured mark means; the colour always comes with a word and an icon."""

    OK = "ok"
    WARNING = "warning"
    ERROR = "error"
    INFO = "info"


STATUS_ICONS = {
    Status.OK: "mdi6.check-circle-outline",
    Status.WARNING: "mdi6.alert-outline",
    Status.ERROR: "mdi6.alert-circle-outline",
    Status.INFO: "mdi6.information-outline",
}
#: A sign in front of the words, where only text can be shown (a table cell, a message line).
STATUS_SIGNS = {Status.OK: "✓", Status.WARNING: "⚠", Status.ERROR: "✖", Status.INFO: "ℹ"}


def resolved(scheme: Scheme) -> Scheme:
    """LIGHT or DARK: what "system" means on this desktop now."""
    if scheme is not Scheme.SYSTEM:
        return scheme
    hints = QGuiApplication.styleHints()
    color_scheme = getattr(hints, "colorScheme", None)  # Qt 6.5+
    if color_scheme is not None and color_scheme() == Qt.ColorScheme.Dark:
        return Scheme.DARK
    return Scheme.LIGHT


def colours(scheme: Scheme | None = None) -> Colours:
    """The colours in use (or of a scheme)."""
    if scheme is None:
        app = QCoreApplication.instance()
        current = app.property("sanaqScheme") if app is not None else None
        scheme = Scheme(current) if current else Scheme.LIGHT
    return DARK if resolved(scheme) is Scheme.DARK else LIGHT


def status_colour(status: Status, *, background: bool = False) -> QColor:
    c = colours()
    name = {
        Status.OK: (c.ok, c.ok_back),
        Status.WARNING: (c.warning, c.warning_back),
        Status.ERROR: (c.error, c.error_back),
        Status.INFO: (c.info, c.info_back),
    }[status][1 if background else 0]
    return QColor(name)


def status_style(status: Status, *, boxed: bool = False) -> str:
    """A style sheet for a label that says something with this status."""
    colour, back = status_colour(status).name(), status_colour(status, background=True).name()
    if boxed:
        return f"color: {colour}; background: {back}; border-radius: 4px; padding: {SPACE_S}px {SPACE_M}px;"
    return f"color: {colour};"


def field_style(status: Status) -> str:
    """A style sheet marking an input field with a problem (the message next to it says which)."""
    colour, back = status_colour(status).name(), status_colour(status, background=True).name()
    return f"border: 1px solid {colour}; background: {back};"


def palette(scheme: Scheme) -> QPalette:
    c = DARK if resolved(scheme) is Scheme.DARK else LIGHT
    p = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    for r, value in (
        (role.Window, c.window),
        (role.WindowText, c.text),
        (role.Base, c.base),
        (role.AlternateBase, c.alternate),
        (role.ToolTipBase, c.base),
        (role.ToolTipText, c.text),
        (role.PlaceholderText, c.muted),
        (role.Text, c.text),
        (role.Button, c.button),
        (role.ButtonText, c.text),
        (role.BrightText, c.error),
        (role.Highlight, c.accent),
        (role.HighlightedText, c.accent_text),
        (role.Link, c.accent),
        (role.LinkVisited, c.accent),
        (role.Light, QColor(c.button).lighter(115).name()),
        (role.Midlight, QColor(c.button).lighter(105).name()),
        (role.Mid, c.border),
        (role.Dark, QColor(c.border).darker(130).name()),
        (role.Shadow, "#000000"),
    ):
        p.setColor(r, QColor(value))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor(c.muted))
    p.setColor(group.Disabled, role.Base, QColor(c.window))
    p.setColor(group.Disabled, role.Button, QColor(c.window))
    p.setColor(group.Inactive, role.Highlight, QColor(c.nav_selected))
    p.setColor(group.Inactive, role.HighlightedText, QColor(c.text))
    if hasattr(role, "Accent"):  # Qt 6.6+
        p.setColor(role.Accent, QColor(c.accent))
    return p


def style_sheet(scheme: Scheme) -> str:
    """Only what the palette cannot say: the navigation, page titles, status boxes, a few paddings."""
    c = DARK if resolved(scheme) is Scheme.DARK else LIGHT
    return f"""
QListWidget#navigation {{
    background: {c.nav}; border: none; border-right: 1px solid {c.border};
    padding: {SPACE_S}px {SPACE_XS}px; outline: 0;
}}
QListWidget#navigation::item {{
    border-radius: 6px; padding: {SPACE_XS}px {SPACE_S}px; margin: 1px {SPACE_XS}px; color: {c.text};
}}
QListWidget#navigation::item:hover {{ background: {QColor(c.nav_selected).name()}; }}
QListWidget#navigation::item:selected {{
    background: {c.nav_selected}; color: {c.text}; border-left: 3px solid {c.accent};
}}
QLabel[role="title"] {{ font-size: {TITLE_SCALE * 100:.0f}%; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: {HEADING_SCALE * 100:.0f}%; font-weight: 600; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QHeaderView::section {{
    background: {c.window}; color: {c.text}; border: none; border-right: 1px solid {c.border};
    border-bottom: 1px solid {c.border}; padding: 3px {SPACE_S}px;
}}
QTableView, QTreeView, QListView {{ gridline-color: {c.border}; }}
QToolTip {{ color: {c.text}; background: {c.base}; border: 1px solid {c.border}; padding: 4px; }}
QStatusBar {{ color: {c.muted}; }}
"""


def apply(app: QApplication, scheme: Scheme) -> None:
    """Put the style, the palette and the style sheet of ``scheme`` on the application."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None and app.style().name().lower() != "fusion":
        app.setStyle(fusion)
    app.setProperty("sanaqScheme", scheme.value)
    _put(app, scheme)
    hints = QGuiApplication.styleHints()
    changed = getattr(hints, "colorSchemeChanged", None)
    if changed is not None and not app.property("sanaqFollowsSystem"):
        changed.connect(lambda _scheme: _follow_system(app))
        app.setProperty("sanaqFollowsSystem", True)


def _follow_system(app: QApplication) -> None:
    current = Scheme(app.property("sanaqScheme") or Scheme.SYSTEM)
    if current is Scheme.SYSTEM:
        _put(app, current)


def _put(app: QApplication, scheme: Scheme) -> None:
    """Set the palette and the style sheet; each only when it changes (setting one polishes every widget)."""
    new_palette = palette(scheme)
    if app.palette() != new_palette:
        app.setPalette(new_palette)
    sheet = style_sheet(scheme)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


def scheme_of(settings: Any) -> Scheme:
    try:
        return Scheme(str(settings.get("theme")))
    except ValueError:
        return Scheme.SYSTEM


# -- icons ------------------------------------------------------------------------------------------

_font_icons: dict[tuple[str, str], QIcon] = {}


def _font_icon(name: str, colour: str) -> QIcon:
    key = (name, colour)
    if key not in _font_icons:
        os.environ.setdefault("QT_API", "pyside6")  # qtawesome draws through QtPy: it must pick this binding
        import qtawesome

        _font_icons[key] = qtawesome.icon(name, color=colour)
    return _font_icons[key]


class _ThemedEngine(QIconEngine):
    """Draws a font icon in the colour the palette has when it is drawn."""

    def __init__(self, name: str, status: Status | None) -> None:
        super().__init__()
        self.name = name
        self.status = status

    def _colour(self, mode: QIcon.Mode) -> str:
        if mode == QIcon.Mode.Disabled:
            return colours().muted
        if self.status is not None:
            return status_colour(self.status).name()
        if mode == QIcon.Mode.Selected:
            return colours().text
        return colours().text

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        _font_icon(self.name, self._colour(mode)).paint(painter, rect, Qt.AlignmentFlag.AlignCenter, QIcon.Mode.Normal)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        engine = _ThemedEngine(self.name, self.status)
        _engines.append(engine)
        return engine


#: The engines stay alive as long as the program: Qt holds them by plain pointers inside the icons.
_engines: list[_ThemedEngine] = []
_icons: dict[tuple[str, Status | None], QIcon] = {}


def icon(name: str, status: Status | None = None) -> QIcon:
    """An icon of Material Design Icons by its name (``"mdi6.account-group"``), in the palette's colour."""
    key = (name, status)
    if key not in _icons:
        engine = _ThemedEngine(name, status)
        _engines.append(engine)
        _icons[key] = QIcon(engine)
    return _icons[key]


def status_icon(status: Status) -> QIcon:
    return icon(STATUS_ICONS[status], status)


#: The icon of each page of the navigation, by its page id.
PAGE_ICONS = {
    "overview": "mdi6.view-dashboard-outline",
    "respondents": "mdi6.account-group-outline",
    "sheets": "mdi6.clipboard-text-outline",
    "verification": "mdi6.clipboard-check-multiple-outline",
    "certificates": "mdi6.certificate-outline",
    "equipment": "mdi6.tablet-cellphone",
    "exchange": "mdi6.swap-vertical-bold",
    "accounts": "mdi6.account-key-outline",
    "audit": "mdi6.history",
    "backups": "mdi6.backup-restore",
    "settings": "mdi6.cog-outline",
}

#: The icons of actions met on several pages.
ACTION_ICONS = {
    "add": "mdi6.plus",
    "edit": "mdi6.pencil-outline",
    "delete": "mdi6.delete-outline",
    "import": "mdi6.file-import-outline",
    "export": "mdi6.file-export-outline",
    "print": "mdi6.printer-outline",
    "pdf": "mdi6.file-pdf-box",
    "save": "mdi6.content-save-outline",
    "send": "mdi6.send-outline",
    "refresh": "mdi6.refresh",
    "search": "mdi6.magnify",
    "next": "mdi6.arrow-right",
    "back": "mdi6.arrow-left",
    "check": "mdi6.check",
    "left": "mdi6.exit-run",
    "return": "mdi6.undo-variant",
    "duplicates": "mdi6.account-multiple-check-outline",
    "issue": "mdi6.certificate-outline",
    "verify": "mdi6.shield-check-outline",
    "connect": "mdi6.lan-connect",
    "usb": "mdi6.usb-flash-drive-outline",
    "complete": "mdi6.check-all",
    "person": "mdi6.account-outline",
    "key": "mdi6.key-outline",
    "receipt": "mdi6.file-document-check-outline",
    "hand-over": "mdi6.account-arrow-right-outline",
    "take-back": "mdi6.account-arrow-left-outline",
    "sign": "mdi6.signature-freehand",
    "choose": "mdi6.format-list-checks",
    "void": "mdi6.cancel",
}


def action_icon(action: str) -> QIcon:
    return icon(ACTION_ICONS[action])


def with_icon(button: QAbstractButton, action: str) -> QAbstractButton:
    """Put the icon of ``action`` on a button of a main action."""
    button.setIcon(action_icon(action))
    return button


def page_icon(page_id: str) -> QIcon:
    name = PAGE_ICONS.get(page_id)
    return icon(name) if name else QIcon()


# -- widgets ----------------------------------------------------------------------------------------


def set_role(label: QLabel, role: str) -> QLabel:
    """Give a label its place in the type scale: "title", "heading" or "muted"."""
    label.setProperty("role", role)
    label.style().unpolish(label)
    label.style().polish(label)
    return label


def title_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    set_role(label, "title")
    label.setWordWrap(True)
    return label


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


# -- tables -----------------------------------------------------------------------------------------


class _ColumnFitter(QObject):
    """Keeps the columns of a table as wide as their contents while they fit, and shares out the lack of
    room among the ``elastic`` columns (long texts) when they do not: the table never scrolls sideways
    because of a few long names, and no header is cut."""

    def __init__(self, view: QTableView, elastic: Sequence[int]) -> None:
        super().__init__(view)
        self.view = view
        self.elastic = list(elastic)
        self._content: list[int] = []
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and self._content:
            self._share()
        return False

    def fit(self) -> None:
        """Measure the contents again (after the rows changed), then share the room."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        self._content = [header.sectionSize(i) for i in range(header.count())]
        self._share()

    def _share(self) -> None:
        header = self.view.horizontalHeader()
        widths = list(self._content)
        if len(widths) != header.count():
            return
        lack = sum(w for i, w in enumerate(widths) if not header.isSectionHidden(i)) - self.view.viewport().width()
        if lack > 0:
            floors = {i: header.sectionSizeFromContents(i).width() for i in self.elastic if i < len(widths)}
            spare = {i: widths[i] - floors[i] for i in floors if widths[i] > floors[i]}
            total = sum(spare.values())
            for i, room in spare.items():
                widths[i] -= min(room, -(-lack * room // total))
        for i, width in enumerate(widths):
            header.resizeSection(i, width)


def fit_columns(view: QTableView, elastic: Sequence[int]) -> Callable[[], None]:
    """Make ``view`` fit its width (see _ColumnFitter); returns what to call after the rows changed."""
    return _ColumnFitter(view, elastic).fit


def combo_width(combo: QComboBox, text: str) -> int:
    """How wide ``combo`` must be to show ``text`` whole."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    room = QSize(metrics.horizontalAdvance(text) + SPACE_XS, metrics.height())
    return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, room, combo).width()


def keep_first_choice_whole(combo: QComboBox) -> None:
    """A filter box is never narrower than its first choice ("any …"), the one it shows most of the time."""
    combo.setMinimumWidth(combo_width(combo, combo.itemText(0)))
