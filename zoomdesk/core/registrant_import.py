"""Registering many people from a CSV file (email, first_name, last_name and any of Zoom's other
registrant fields, named as Zoom names them): read and checked before anything is sent, then
`batch_registrants` where Zoom allows it (one-time meetings, 30 per call) and one by one
otherwise, each failure kept with its row so the rest still go through."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from zoomdesk.core.errors import DraftInvalid, FieldError, ZoomDeskError
from zoomdesk.core.i18n import translate
from zoomdesk.core.meeting_schema import EMAIL_RE
from zoomdesk.core.models import Json, MeetingType
from zoomdesk.core.scheduler_api import SchedulerApi

# Zoom's registrant fields (meetingRegistrantCreate); other columns are refused, not dropped.
FIELDS = ("email", "first_name", "last_name", "address", "city", "state", "zip", "country",
          "phone", "comments", "industry", "job_title", "org", "no_of_employees",
          "purchasing_time_frame", "role_in_purchase_process", "language")  # fmt: skip
MAX_ROWS = 4999  # Zoom's limit of registrants per meeting


def read_registrants(text: str) -> list[Json]:
    """The rows as Zoom's registrant objects; DraftInvalid naming each bad row."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))  # Excel's UTF-8 mark
    headers = [h.strip().lower().replace(" ", "_") for h in reader.fieldnames or ()]
    columns = translate("RegistrantImport", "columns")
    unknown = translate("RegistrantImport", "Unknown column {name}; Zoom's fields are {fields}.")
    problems = [
        FieldError(columns, unknown.format(name=repr(h), fields=", ".join(FIELDS)))
        for h in headers
        if h not in FIELDS
    ]
    for needed in ("email", "first_name"):
        if needed not in headers:
            text = translate("RegistrantImport", "The file needs a column {name}.")
            problems.append(FieldError(columns, text.format(name=repr(needed))))
    if problems:
        raise DraftInvalid(problems)
    out: list[Json] = []
    seen: set[str] = set()
    for number, row in enumerate(reader, start=2):  # line 1 is the header
        values = {h: (v or "").strip() for h, v in zip(headers, row.values(), strict=False)}
        person = {k: v for k, v in values.items() if v}
        email = person.get("email", "")
        where = translate("RegistrantImport", "line {number}").format(number=number)
        if not EMAIL_RE.match(email):
            text = translate("RegistrantImport", "Not an email address: {address}.")
            problems.append(FieldError(where, text.format(address=repr(email))))
        elif email.lower() in seen:
            text = translate("RegistrantImport", "{address} is listed twice.")
            problems.append(FieldError(where, text.format(address=email)))
        if not person.get("first_name"):
            problems.append(
                FieldError(where, translate("RegistrantImport", "first_name is empty."))
            )
        seen.add(email.lower())
        out.append(person)
    file = translate("RegistrantImport", "file")
    if not out:
        problems.append(
            FieldError(file, translate("RegistrantImport", "No registrants in the file."))
        )
    if len(out) > MAX_ROWS:
        text = translate("RegistrantImport", "Zoom takes at most {count} registrants.")
        problems.append(FieldError(file, text.format(count=MAX_ROWS)))
    if problems:
        raise DraftInvalid(problems)
    return out


@dataclass
class ImportResult:
    registered: list[Json] = field(default_factory=list)  # Zoom's answers
    failed: list[tuple[str, str]] = field(default_factory=list)  # (email, why)
    requests: int = 0


async def import_registrants(
    client: SchedulerApi, meeting_id: int, meeting_type: MeetingType, people: list[Json]
) -> ImportResult:
    result = ImportResult()
    if meeting_type is MeetingType.SCHEDULED:
        # All or nothing per call: a refused batch is reported for each of its people.
        from zoomdesk.core.scheduler_api import batches

        for batch in batches(people):
            result.requests += 1
            try:
                result.registered += await client.batch_registrants(meeting_id, list(batch))
            except ZoomDeskError as error:
                result.failed += [(str(p["email"]), error.summary()) for p in batch]
        return result
    for person in people:  # Zoom's batch endpoint takes one-time meetings only
        result.requests += 1
        try:
            answer = await client.add_registrant(meeting_id, person)
        except ZoomDeskError as error:
            result.failed.append((str(person["email"]), error.summary()))
        else:
            result.registered.append({"email": person["email"], **answer})
    return result
