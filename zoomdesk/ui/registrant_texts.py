"""The registrants view's words that come from tables: the approval kinds, Zoom's registration
fields, the status tabs, and the line that lists a meeting's registration questions."""

from __future__ import annotations

from zoomdesk.core.i18n import translate, translate_marked, translate_noop
from zoomdesk.core.models import Json

APPROVAL = {
    0: translate_noop("RegistrantsDialog", "Registrants approved automatically"),
    1: translate_noop("RegistrantsDialog", "Registrants approved by the host"),
}
# Zoom's registration fields (`field_name`), as the questions line names them; an unknown one is
# shown as Zoom spells it, with spaces.
QUESTION_NAMES = {
    "email": translate_noop("RegistrantsDialog", "email"),
    "first_name": translate_noop("RegistrantsDialog", "first name"),
    "last_name": translate_noop("RegistrantsDialog", "last name"),
    "address": translate_noop("RegistrantsDialog", "address"),
    "city": translate_noop("RegistrantsDialog", "city"),
    "country": translate_noop("RegistrantsDialog", "country"),
    "zip": translate_noop("RegistrantsDialog", "zip"),
    "state": translate_noop("RegistrantsDialog", "state"),
    "phone": translate_noop("RegistrantsDialog", "phone"),
    "industry": translate_noop("RegistrantsDialog", "industry"),
    "org": translate_noop("RegistrantsDialog", "organisation"),
    "job_title": translate_noop("RegistrantsDialog", "job title"),
    "purchasing_time_frame": translate_noop("RegistrantsDialog", "purchasing time frame"),
    "role_in_purchase_process": translate_noop("RegistrantsDialog", "role in purchase process"),
    "no_of_employees": translate_noop("RegistrantsDialog", "number of employees"),
    "comments": translate_noop("RegistrantsDialog", "comments"),
}


def tab_text(status: str | None) -> str:
    """A status tab's label, with a `{count}` to fill in."""
    if status == "pending":
        return translate("RegistrantsDialog", "Pending ({count})")
    if status == "approved":
        return translate("RegistrantsDialog", "Approved ({count})")
    if status == "denied":
        return translate("RegistrantsDialog", "Denied ({count})")
    if status is None:
        return translate("RegistrantsDialog", "All ({count})")
    return status.capitalize() + " ({count})"


def describe_questions(questions: Json) -> str:
    """Zoom's registration questions in one line ("Last name (required), Organisation")."""
    required = translate("RegistrantsDialog", "{question} (required)")
    names = [
        translate_marked("RegistrantsDialog", QUESTION_NAMES[f]) for f in ("email", "first_name")
    ]
    for item in questions.get("questions") or ():
        field = str(item.get("field_name", ""))
        known = QUESTION_NAMES.get(field)
        name = translate_marked("RegistrantsDialog", known) if known else field.replace("_", " ")
        names.append(required.format(question=name) if item.get("required") else name)
    for item in questions.get("custom_questions") or ():
        title = str(item.get("title", ""))  # the host's own words
        names.append(required.format(question=title) if item.get("required") else title)
    return translate("RegistrantsDialog", "Registration asks for: {questions}.").format(
        questions=", ".join(names)
    )
