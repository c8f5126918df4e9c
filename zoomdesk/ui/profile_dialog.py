"""Adding or editing a connection profile: account ID, client ID, client secret (masked, with a
reveal toggle), region or custom base URLs, and "Test connection" that gets a real token.

The secret goes to the OS keyring only. When no keyring is usable the dialog says so and offers
to keep the secret in memory for this session; it is never written to a file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.errors import ZoomDeskError
from zoomdesk.core.i18n import translate, without_mnemonic
from zoomdesk.core.profiles import REGIONS, Profile, ProfileStore
from zoomdesk.core.secrets import SecretStore
from zoomdesk.core.tokens import Credentials
from zoomdesk.ui.a11y import LiveLabel
from zoomdesk.ui.banners import Banner
from zoomdesk.ui.connection_report import failure_report, test_report
from zoomdesk.ui.palette import error_color
from zoomdesk.ui.profile_checks import profile_problems
from zoomdesk.ui.profile_saving import ProfileSaving
from zoomdesk.ui.screen_fit import resize_within_screen
from zoomdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from zoomdesk.core.transport import Sender

CUSTOM = "custom"


def _spoken(label: str) -> str:
    """A field's label as a name: no accelerator (`&Name`, Japanese `名前(&N)`), no colon."""
    return without_mnemonic(label).rstrip(":：\u00a0 ")


class ProfileDialog(QDialog):
    """`open()` it; `saved(name)` is emitted once the profile (and its secret) are stored."""

    saved = Signal(str)

    def __init__(
        self,
        profiles: ProfileStore,
        secrets: SecretStore,
        sender: Sender,
        *,
        profile: Profile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.profiles = profiles
        self.secrets = secrets
        self.http_sender = sender
        self.original = profile
        self.runner = TaskRunner(self)
        self.runner.failed.connect(self._on_task_failed)
        self.pending: Profile | None = None
        self.saving = ProfileSaving(self)  # the keyring, then the profile file
        self.setWindowTitle(
            translate("ProfileDialog", "Edit profile — zoomdesk")
            if profile
            else translate("ProfileDialog", "Connect to Zoom — zoomdesk")
        )
        self.setMinimumWidth(560)

        intro = QLabel(
            translate(
                "ProfileDialog",
                "Enter the credentials of your Server-to-Server OAuth app. You find them on the "
                "app's App Credentials page in the Zoom App Marketplace.",
            )
        )
        intro.setWordWrap(True)
        self.name_edit = self._line(
            translate("ProfileDialog", "Profile name"), translate("ProfileDialog", "e.g. Work")
        )
        self.region_combo = QComboBox()
        self.region_combo.setAccessibleName(translate("ProfileDialog", "Region"))
        for key, (label, _oauth, _api) in REGIONS.items():
            self.region_combo.addItem(label, key)  # product names: Zoom, ZoomGov
        self.region_combo.addItem(translate("ProfileDialog", "Custom base URLs"), CUSTOM)
        self.oauth_edit = self._line(translate("ProfileDialog", "OAuth URL"), "https://zoom.us")
        self.api_edit = self._line(
            translate("ProfileDialog", "API URL"),
            translate("ProfileDialog", "From the token (recommended)"),
        )
        self.account_edit = self._line(translate("ProfileDialog", "Account ID"), "")
        self.client_edit = self._line(translate("ProfileDialog", "Client ID"), "")
        self.secret_edit = self._line(
            translate("ProfileDialog", "Client secret"),
            translate("ProfileDialog", "Stored in the system keyring; leave empty to keep it")
            if profile
            else "",
        )
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.reveal_button = QPushButton(translate("ProfileDialog", "Show"))
        self.reveal_button.setCheckable(True)
        self.reveal_button.setAccessibleName(translate("ProfileDialog", "Show the client secret"))
        self.reveal_button.setToolTip(translate("ProfileDialog", "Show or hide the client secret"))
        self.reveal_button.setAutoDefault(False)
        self.reveal_button.toggled.connect(self._on_reveal_toggled)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(8)
        self.errors: dict[str, QLabel] = {}
        self._row(form, translate("ProfileDialog", "&Name:"), self.name_edit, "name")
        self._row(form, translate("ProfileDialog", "&Region:"), self.region_combo, "region")
        self._row(form, translate("ProfileDialog", "&OAuth URL:"), self.oauth_edit, "oauth_url")
        self._row(form, translate("ProfileDialog", "A&PI URL:"), self.api_edit, "api_url")
        self._row(form, translate("ProfileDialog", "&Account ID:"), self.account_edit, "account_id")
        self._row(form, translate("ProfileDialog", "&Client ID:"), self.client_edit, "client_id")
        secret_row = QWidget()
        secret_layout = QHBoxLayout(secret_row)
        secret_layout.setContentsMargins(0, 0, 0, 0)
        secret_layout.addWidget(self.secret_edit, 1)
        secret_layout.addWidget(self.reveal_button)
        self._row(
            form,
            translate("ProfileDialog", "Client &secret:"),
            secret_row,
            "client_secret",
            buddy=self.secret_edit,
        )

        self.test_button = QPushButton(translate("ProfileDialog", "&Test connection"))
        self.test_button.setAccessibleName(translate("ProfileDialog", "Test connection"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.on_test_clicked)
        self.test_result = LiveLabel()
        self.test_result.alert = True
        self.test_result.setWordWrap(True)
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_result.setAccessibleName(translate("ProfileDialog", "Connection test result"))
        self.test_result.setFrameShape(QFrame.Shape.StyledPanel)
        self.test_result.setMargin(8)
        self.test_result.hide()
        self.keyring_banner = Banner("warning", closable=False)
        self.keyring_banner.setAccessibleName(translate("ProfileDialog", "Keyring problem"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        layout.addWidget(self.test_result)
        layout.addWidget(self.keyring_banner)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.region_combo.currentIndexChanged.connect(self._on_region_changed)
        self._fill(profile)

    # --- building --------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _t: self._clear_error(edit))
        return edit

    def _row(
        self, form: QFormLayout, text: str, field: QWidget, key: str, buddy: QWidget | None = None
    ) -> None:
        label = QLabel(text)
        label.setBuddy(buddy or field)
        error = LiveLabel()
        error.field, error.alert = buddy or field, True
        error.setWordWrap(True)
        error.setAccessibleName(
            translate("ProfileDialog", "Problem with {field}").format(field=_spoken(label.text()))
        )
        palette = error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_color(self.palette()))
        error.setPalette(palette)
        error.hide()
        # The label and its field stay siblings: Qt relates a buddy label to its field only
        # among siblings, and a screen reader names a combo by that relation.
        form.addRow(label, field)
        form.addRow(error)
        self.errors[key] = error

    def _fill(self, profile: Profile | None) -> None:
        if profile is None:
            self.region_combo.setCurrentIndex(0)
            self._on_region_changed()
            return
        self.name_edit.setText(profile.name)
        self.account_edit.setText(profile.account_id)
        self.client_edit.setText(profile.client_id)
        self.oauth_edit.setText(profile.oauth_url)
        self.api_edit.setText(profile.api_url or "")
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(profile.region), 0))
        self._on_region_changed()

    # --- fields ----------------------------------------------------------------------------

    def region(self) -> str:
        return str(self.region_combo.currentData())

    def _on_region_changed(self, *_: object) -> None:
        custom = self.region() == CUSTOM
        self.oauth_edit.setEnabled(custom)
        self.api_edit.setEnabled(custom)
        if not custom:
            _label, oauth, api = REGIONS[self.region()]
            self.oauth_edit.setText(oauth)
            self.api_edit.setText(api or "")
            self._clear_error(self.oauth_edit)
            self._clear_error(self.api_edit)

    def _on_reveal_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.secret_edit.setEchoMode(mode)
        if shown:
            self.reveal_button.setText(translate("ProfileDialog", "Hide"))
            self.reveal_button.setAccessibleName(
                translate("ProfileDialog", "Hide the client secret")
            )
        else:
            self.reveal_button.setText(translate("ProfileDialog", "Show"))
            self.reveal_button.setAccessibleName(
                translate("ProfileDialog", "Show the client secret")
            )

    def set_error(self, key: str, message: str | None) -> None:
        label = self.errors[key]
        label.setText(message or "")
        label.setVisible(bool(message))
        if message:
            self._grow()  # room for the message, rather than squeezed fields

    def error(self, key: str) -> str:
        label = self.errors[key]
        return label.text() if label.isVisibleTo(self) else ""

    def _clear_error(self, edit: QLineEdit) -> None:
        for key, field in (
            ("name", self.name_edit),
            ("oauth_url", self.oauth_edit),
            ("api_url", self.api_edit),
            ("account_id", self.account_edit),
            ("client_id", self.client_edit),
            ("client_secret", self.secret_edit),
        ):
            if field is edit:
                self.set_error(key, None)

    def profile(self) -> Profile:
        oauth = self.oauth_edit.text().strip().rstrip("/")
        api = self.api_edit.text().strip().rstrip("/") or None
        return Profile(
            name=self.name_edit.text().strip(),
            account_id=self.account_edit.text().strip(),
            client_id=self.client_edit.text().strip(),
            oauth_url=oauth,
            api_url=api,
        )

    def validate(self, *, for_save: bool) -> bool:
        """Messages next to the fields; True when there are none."""
        problems = profile_problems(
            self.profile(),
            existing=set(self.profiles.load().profiles),
            original=self.original.name if self.original else None,
            adding=self.original is None,
            secret_typed=bool(self.secret_edit.text()),
            for_save=for_save,
        )
        for key, message in problems.items():
            self.set_error(key, message)
        first = next((k for k, m in problems.items() if m), None)
        if first is not None:
            self._field(first).setFocus()
        return first is None

    def _field(self, key: str) -> QWidget:
        return {
            "name": self.name_edit,
            "oauth_url": self.oauth_edit,
            "api_url": self.api_edit,
            "account_id": self.account_edit,
            "client_id": self.client_edit,
            "client_secret": self.secret_edit,
        }[key]

    def _on_task_failed(self, _what: str, error: BaseException) -> None:
        self._show_result(
            translate("ProfileDialog", "Something unexpected went wrong: {problem}").format(
                problem=error
            ),
            ok=False,
        )
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def done(self, result: int) -> None:
        self.runner.stop()
        super().done(result)

    # --- test connection -------------------------------------------------------------------

    def on_test_clicked(self) -> None:
        if self.validate(for_save=False):
            self.runner.start(
                self.test_connection(), translate("ProfileDialog", "Testing the connection")
            )

    async def _secret(self) -> str | None:
        typed = self.secret_edit.text()
        if typed or self.original is None:
            return typed or None
        return await self.secrets.get(self.original.name)

    async def test_connection(self) -> None:
        self._set_busy(True)
        self._show_result(translate("ProfileDialog", "Asking Zoom for an access token…"), ok=None)
        profile = self.profile()
        try:
            secret = await self._secret()
            if not secret:
                self.set_error(
                    "client_secret", translate("ProfileDialog", "Enter the client secret.")
                )
                self._show_result(
                    translate(
                        "ProfileDialog", "The client secret is needed to test the connection."
                    ),
                    ok=False,
                )
                return
            credentials = Credentials(
                profile.account_id, profile.client_id, secret, profile.oauth_url
            )
            self._show_result(*await test_report(self.http_sender, credentials))
        except ZoomDeskError as error:  # the keyring
            self._show_result(failure_report(error, profile.oauth_url), ok=False)
        finally:
            self._set_busy(False)

    def _show_result(self, text: str, ok: bool | None) -> None:
        mark = {True: "✔ ", False: "✘ ", None: ""}[ok]
        self.test_result.setText(mark + text)
        palette = QPalette(self.palette())
        if ok is False:
            palette.setColor(QPalette.ColorRole.WindowText, error_color(self.palette()))
        self.test_result.setPalette(palette)
        self.test_result.show()
        self._grow()

    def _grow(self) -> None:
        """Make room for a message that just appeared, rather than squeeze the fields."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        needed = self.sizeHint().height()
        if self.height() < needed:
            resize_within_screen(self, self.width(), needed)

    # --- save ------------------------------------------------------------------------------

    def on_save_clicked(self) -> None:
        if self.validate(for_save=True):
            self.runner.start(self.saving.save(), translate("ProfileDialog", "Saving the profile"))
