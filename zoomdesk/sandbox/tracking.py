"""The account's tracking fields (GET /tracking_fields) and the `tracking_fields` a meeting stores.

A tracking field is declared once for the account (name, whether it is required or shown, the
values the portal offers); a meeting carries `{field, value}` pairs and shows each with the
field's visibility. Whether Zoom's API enforces "required" is undocumented (the web portal does),
so the sandbox stores what it is sent and does not refuse a meeting without them."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from typing import Any

from zoomdesk.sandbox import ids


def seeded_fields(rng: random.Random) -> list[dict[str, Any]]:
    """The demo account's fields: one required with recommended values, one optional free text,
    one optional with values and one hidden from attendees."""
    plan = [
        ("Cost centre", True, True, ["Operations", "Finance", "IT", "Sales"]),
        ("Project code", False, True, []),
        ("Meeting purpose", False, True, ["Internal", "Customer", "Training", "Hiring"]),
        ("Billing reference", False, False, []),
    ]
    return [
        {
            "id": ids.user_id(rng),  # Zoom's tracking field ids look like its user ids
            "field": name,
            "required": required,
            "visible": visible,
            "recommended_values": values,
        }
        for name, required, visible, values in plan
    ]


def stored(
    fields: Sequence[Mapping[str, Any]], definitions: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """A meeting's `tracking_fields` from a validated create/update body: each pair with the
    visibility the account gives that field (a field the account does not have shows as
    visible: an assumption)."""
    visible = {d["field"]: bool(d.get("visible", True)) for d in definitions}
    return [
        {"field": f["field"], "value": f.get("value", ""), "visible": visible.get(f["field"], True)}
        for f in fields
    ]
