"""The help window: the shipped HTML pages (``resources/help``) in a text browser; no network."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.domain.enums import Language
from desktop.help import topic_path
from desktop.resources import resource


class HelpWindow(QDialog):
    """One window per main window, kept open beside it; :meth:`show_topic` turns its page."""

    def __init__(self, lang: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("help_window")
        self.setWindowTitle(self.tr("Sanaq Desktop — help"))
        self.setModal(False)
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_browser")
        self.browser.setAccessibleName(self.tr("Help text"))
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        style = resource("help", "help.css")
        if style.is_file():
            self.browser.document().setDefaultStyleSheet(style.read_text(encoding="utf-8"))
        self.browser.sourceChanged.connect(self._on_source)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        self.contents_button = QPushButton(self.tr("&Contents"))
        self.contents_button.clicked.connect(lambda: self.show_topic("index"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.contents_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.browser.backward)
        self.resize(760, 640)

    def show_topic(self, topic: str) -> None:
        self.browser.setSource(QUrl.fromLocalFile(str(topic_path(topic, self.lang))))
        self.show()
        self.raise_()
        self.activateWindow()

    def topic(self) -> str:
        """The topic shown (the file name of the page without ``.html``)."""
        return self.browser.source().fileName().removesuffix(".html")

    def _on_source(self, _url: QUrl) -> None:
        if self.browser.documentTitle():
            self.setWindowTitle(self.browser.documentTitle())


def show_help(owner: QWidget, lang: Language, topic: str) -> HelpWindow:
    """Open (or turn) the help window that belongs to ``owner`` at ``topic``; one window per owner, kept
    beside it, in its language."""
    window = owner.findChild(HelpWindow, "help_window", Qt.FindChildOption.FindDirectChildrenOnly)
    if window is None or window.lang is not lang:
        if window is not None:
            window.deleteLater()
        window = HelpWindow(lang, owner)
    window.show_topic(topic)
    return window


def help_on_f1(owner: QWidget, lang: Language, topic: str) -> QShortcut:
    """F1 in a dialog (which keeps the main window's keys from working) opens its topic."""
    return QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), owner, lambda: show_help(owner, lang, topic))
