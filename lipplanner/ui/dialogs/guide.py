"""Help → User guide: the guide's Markdown pages in a window of their own, in the
interface language, with their links and screenshots working (no browser needed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lipplanner.resources import resources_root


def guide_folder() -> Path:
    """docs/guide beside resources/ in a checkout or an editable install; inside the
    installed share/lipplanner/ after a wheel install (pyproject's data-files)."""
    root = resources_root()
    installed = root / "docs" / "guide"
    return installed if installed.is_dir() else root.parent / "docs" / "guide"


def guide_page(lang: str, folder: Path | None = None) -> Path | None:
    """The guide's first page in `lang` (French falls back to English); None if absent."""
    folder = folder or guide_folder()
    names = ["README.fr.md", "README.md"] if lang == "fr" else ["README.md"]
    return next((folder / name for name in names if (folder / name).is_file()), None)


class GuideWindow(QDialog):
    """Non-modal: the guide stays open beside the window while the user follows it."""

    def __init__(self, page: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("LIP Planner user guide"))
        self.resize(820, 760)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # .md pages here, web addresses in the browser
        self.browser.anchorClicked.connect(self._follow)
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        self.home = page
        home_button = QPushButton(self.tr("&Contents"), self)
        home_button.clicked.connect(lambda: self.show_page(self.home))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addWidget(home_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        self.show_page(page)

    def show_page(self, page: Path) -> None:
        self.browser.setSource(
            QUrl.fromLocalFile(str(page)), QTextDocument.ResourceType.MarkdownResource
        )

    def current_page(self) -> Path:
        return Path(self.browser.source().toLocalFile())

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = self.browser.source().resolved(url)
        if target.isLocalFile() and target.toLocalFile().endswith(".md"):
            self.show_page(Path(target.toLocalFile()))
        elif url.toString().startswith("#"):
            self.browser.scrollToAnchor(url.fragment())
        else:
            QDesktopServices.openUrl(target)
