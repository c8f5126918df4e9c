"""The registrants view's two small dialogs: adding one person, and the preview of a CSV import
(what will be registered, or each problem with its line, before anything is sent)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from zoomdesk.core.errors import FieldError
from zoomdesk.core.i18n import translate
from zoomdesk.core.meeting_schema import EMAIL_RE
from zoomdesk.core.models import Json

PREVIEW_ROWS = 200  # the preview lists this many; the import takes them all


class AddRegistrantDialog(QDialog):
    """`open()` it; on `accepted`, `registrant()` is Zoom's add-registrant body."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RegistrantDialogs", "Add registrant — zoomdesk"))
        self.email_edit = QLineEdit()
        self.first_edit = QLineEdit()
        self.last_edit = QLineEdit()
        form = QFormLayout()
        for label, edit in (
            (translate("RegistrantDialogs", "&Email"), self.email_edit),
            (translate("RegistrantDialogs", "&First name"), self.first_edit),
            (translate("RegistrantDialogs", "&Last name"), self.last_edit),
        ):
            edit.setAccessibleName(label.replace("&", ""))
            edit.textChanged.connect(self._check)
            form.addRow(label, edit)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(translate("RegistrantDialogs", "&Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self._check()

    def registrant(self) -> Json:
        out = {"email": self.email_edit.text().strip(), "first_name": self.first_edit.text()}
        if self.last_edit.text().strip():
            out["last_name"] = self.last_edit.text().strip()
        out["first_name"] = out["first_name"].strip()
        return out

    def _check(self) -> None:
        email = self.email_edit.text().strip()
        problem = ""
        if email and not EMAIL_RE.match(email):
            problem = translate("RegistrantDialogs", "Not an email address.")
        elif email and not self.first_edit.text().strip():
            problem = translate("RegistrantDialogs", "Zoom needs a first name.")
        self.problem.setText(problem)
        self.add_button.setEnabled(
            bool(EMAIL_RE.match(email)) and bool(self.first_edit.text().strip())
        )


class ImportPreview(QDialog):
    """What a CSV file would register, or why it cannot; Import is enabled only without
    problems (nothing is sent from a file with a bad row)."""

    def __init__(
        self,
        name: str,
        people: list[Json],
        problems: list[FieldError],
        *,
        one_by_one: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.people = people
        self.setWindowTitle(
            translate("RegistrantDialogs", "Import {file} — zoomdesk").format(file=name)
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(translate("RegistrantDialogs", "Import preview"))
        if problems:
            self.summary.setText(
                translate(
                    "RegistrantDialogs",
                    "{file} can't be imported: fix these %n problem(s) and try again. "
                    "Nothing has been sent.",
                    len(problems),
                ).format(file=name)
            )
            lines = [f"{p.field}: {p.message}" for p in problems]
        else:
            if one_by_one:
                ask = translate(
                    "RegistrantDialogs",
                    "Register %n people from {file} (one request each)?",
                    len(people),
                )
            else:
                ask = translate(
                    "RegistrantDialogs",
                    "Register %n people from {file} (in batches of 30)?",
                    len(people),
                )
            self.summary.setText(ask.format(file=name))
            lines = [
                f"{p['email']}\t{p.get('first_name', '')} {p.get('last_name', '')}".rstrip()
                for p in people[:PREVIEW_ROWS]
            ]
            if len(people) > PREVIEW_ROWS:
                more = translate("RegistrantDialogs", "… and %n more", len(people) - PREVIEW_ROWS)
                lines.append(more)
        self.details.setPlainText("\n".join(lines))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            translate("RegistrantDialogs", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(not problems)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 400)
