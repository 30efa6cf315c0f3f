"""About Sanaq Desktop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop import version

if TYPE_CHECKING:
    from desktop.app import AppContext


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Sanaq Desktop"))
        campaign = ctx.campaign.name(ctx.language.value)
        text = QLabel(
            "<h2>Sanaq Desktop {version}</h2>"
            "<p>{what}</p><p>{campaign}</p><p>{data}</p><p><small>Qt {qt}, PySide6 {pyside}</small></p>".format(
                version=version(),
                what=self.tr(
                    "The population census in institutions: the list of persons, census sheets, "
                    "certificates of participation, sending to the Department."
                ),
                campaign=campaign,
                data=self.tr("Data folder: {path}").format(path=str(ctx.paths.home)),
                qt=qVersion(),
                pyside=pyside_version,
            )
        )
        text.setObjectName("about_text")
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(480, 260)
