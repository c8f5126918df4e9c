"""The settings table in the docs, generated from the meeting schema:
`python -m zoomdesk.core.settings_doc > docs/meeting-settings.md` (a test keeps it current)."""

from __future__ import annotations

import json
from typing import Any

from zoomdesk.core.meeting_schema import ALL_TYPES, FIELDS, SETTINGS, Applies, Kind, Spec, spec
from zoomdesk.core.models import MeetingType


def settings_table() -> str:
    """The settings as a Markdown table (docs/meeting-settings.md is generated from it)."""
    lines = [
        "| Key | Type | Zoom's default | Create | Series | One occurrence | What it does |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for s in (*FIELDS, *SETTINGS):
        kind = s.kind.value
        if s.choices:
            kind += ": " + ", ".join(
                f"`{json.dumps(_plain(c.value))}` {c.label}" for c in s.choices
            )
        elif s.kind is Kind.INTEGER:
            kind += f" {s.minimum}–{s.maximum}"
        elif s.max_length is not None:
            kind += f", ≤ {s.max_length} characters"
        default = "" if s.default is None else f"`{json.dumps(_plain(s.default))}`"
        create, series, once = (
            "✓" if s.applies_to(a) else "—"
            for a in (Applies.CREATE, Applies.SERIES, Applies.OCCURRENCE)
        )
        lines.append(
            f"| `{s.key}` | {kind} | {default} | {create} | {series} | {once} | "
            f"{s.title}. {s.help}{_conditions(s)} |"
        )
    return "\n".join(lines) + "\n"


def _conditions(s: Spec) -> str:
    """Where the setting applies, for the docs table."""
    out = []
    if s.types != ALL_TYPES and s.kind is not Kind.START and s.key != "duration":
        kinds = [c.label for c in spec("type").choices if c.value in s.types]
        out.append(f"Only for: {', '.join(kinds)}.")
    if s.requires:
        values = " or ".join(f"`{json.dumps(v)}`" for v in s.requires_value)
        out.append(f"Sent only with `settings.{s.requires}` {values}.")
    if s.section == "advanced":
        out.append("In the form's Advanced group.")
    return "".join(f" {text}" for text in out)


def _plain(value: Any) -> Any:
    return int(value) if isinstance(value, MeetingType) else value


if __name__ == "__main__":  # python -m zoomdesk.core.settings_doc > docs/meeting-settings.md
    print(
        "# Meeting settings\n\n"
        "Every field and setting zoomdesk edits, generated from `zoomdesk/core/meeting_schema.py`"
        " (the one place they are declared). The key is Zoom's API name; on the command line "
        'use `--set KEY=VALUE` for a setting (`VALUE` is JSON such as `true`, `5`, `"x"`, or '
        "else plain text).\n"
    )
    print(
        "Zoom's create body has 40 settings; zoomdesk covers the 28 below. Left out on purpose: "
        "`additional_data_center_regions`, `cn_meeting` and `in_meeting` (data-centre routing is "
        "the account admin's decision, not a scheduler's); `approved_or_denied_countries_or_"
        "regions`, `authentication_exception`, `breakout_room`, `language_interpretation` and "
        "`meeting_invitees` (lists of people or regions that need editors of their own; "
        "`meeting_invitees` sends no email, so zoomdesk's .ics is the way to invite); "
        "`calendar_type` (marks meetings made by Zoom's Outlook/Google add-ins, which zoomdesk "
        "is not); `show_share_button`, `host_save_video_order` and "
        "`alternative_host_update_polls` (rarely used; one `Spec` each when someone needs them). "
        "Top-level fields not sent: `schedule_for` (the host is the user in the path), "
        "`template_id`, `pre_schedule`, `default_password`.\n"
    )
    print(settings_table(), end="")
