"""File → Connect to shared database… (and the server side of Copy plan to server…)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from lipplanner.core.db import PlanDatabase, credentials
from lipplanner.core.db.server import (
    DEFAULT_PORT,
    PasswordNeeded,
    display_url,
    open_server,
    parse_url,
    server_url,
)
from lipplanner.core.errors import UserError


class ConnectServerDialog(QDialog):
    """Asks for the server, database, user and password, and tries them before closing.

    On success `db` is the open plan (`create=True` starts an empty database as a plan,
    for copying) and `url` its address without the password. The password is kept in
    the OS keyring only if asked (and available); otherwise in memory for this session.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        url: str | URL | None = None,
        create: bool = False,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.create = create
        self.db: PlanDatabase | None = None
        self.url: URL | None = None
        self.setWindowTitle(title or self.tr("Connect to shared database"))

        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. db.riversidelip.ca"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in this computer's keyring"))
        if not credentials.keyring_available():
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr("No keyring is available: you will be asked each time you connect.")
            )
        if url is not None:
            self._fill(url)

        intro = QLabel(
            self.tr(
                "A shared database lets several people work on the same plan. Ask the "
                "person who runs your server for these details."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _fill(self, url: str | URL) -> None:
        try:
            parsed = parse_url(url)
        except UserError:
            return
        self.host.setText(parsed.host or "")
        self.port.setValue(parsed.port or DEFAULT_PORT)
        self.database.setText(parsed.database or "")
        self.user.setText(parsed.username or "")
        if parsed.username and parsed.database:
            self.password.setFocus()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def try_connect(self) -> None:
        try:
            url = server_url(
                self.host.text(), self.port.value(), self.database.text(), self.user.text()
            )
        except UserError as error:
            self.show_error(str(error))
            return
        password = self.password.text()
        try:
            db = open_server(url, create=self.create, password=password or None)
        except PasswordNeeded as error:
            self.show_error(str(error))
            self.password.selectAll()
            self.password.setFocus()
            return
        except UserError as error:
            self.show_error(str(error))
            return
        if password:
            credentials.remember_for_session(url, password)
            if self.remember.isChecked():
                credentials.remember_password(url, password)
        self.db, self.url = db, url
        self.accept()

    def address(self) -> str:
        """The address to open (never holding the password)."""
        return display_url(self.url) if self.url is not None else ""
