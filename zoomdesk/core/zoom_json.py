"""Reading Zoom's JSON without trusting its shape.

Zoom, a proxy or a captive portal can answer with any bytes, and a JSON document with any value
where Zoom documents an object or a string (`{"reason": true}`, `{"errors": 5}`). Every reader
of Zoom's answers goes through these, so a surprise becomes a typed error with a summary, never
a TypeError or a RecursionError.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

from zoomdesk.core.errors import BadResponseError
from zoomdesk.core.i18n import translate


def json_object(content: bytes) -> dict[str, Any] | None:
    """The body as a JSON object, or None if it is not one (not JSON, cut off, a list, ...)."""
    try:
        data = json.loads(content)
    except (ValueError, RecursionError):  # RecursionError: `[[[[…` nested deeper than the parser
        return None
    return data if isinstance(data, dict) else None


def text(value: object) -> str | None:
    """A string field, or None when Zoom sent anything else there."""
    return value if isinstance(value, str) else None


def integer(value: object) -> int | None:
    """An integer field (not a bool, which Python counts as an int), or None."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def objects(value: object) -> list[dict[str, Any]]:
    """The objects of a list field; anything else (a number, a string, null) holds none."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


T = TypeVar("T")


def read_as(parse: Callable[[Any], T], data: Any, what: str) -> T:
    """A Zoom object as a typed value; an object of another shape (a meeting whose id is not a
    number, a user that is a list) is a BadResponseError naming what, never a TypeError."""
    try:
        return parse(data)
    except (KeyError, ValueError, TypeError, AttributeError) as error:
        wrong = translate("Client", "{what} did not hold the object Zoom documents ({error})")
        raise BadResponseError(200, wrong.format(what=what, error=type(error).__name__)) from error
