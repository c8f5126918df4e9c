"""Validates request and response bodies against Zoom's own OpenAPI 3.0 schemas.

The spec is Zoom's material and stays outside the repository: it is read from
`../shared/zoom-openapi/meetings-v2.json` next to the checkout, or from $ZOOMDESK_OPENAPI. When it
is missing, tests that need it are skipped with the reason, never failed."""

from __future__ import annotations

import functools
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from jsonschema import FormatChecker
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

_SPEC_URI = "urn:zoom:meetings-v2"
_ZOOM_LOCAL_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")


@functools.cache
def _request_formats() -> FormatChecker:
    """Zoom documents request times as `yyyy-MM-ddTHH:mm:ss` (local, in `timezone`) or with a Z;
    the spec's `date-time` means RFC 3339, which refuses the documented local form. Requests
    accept both; responses, always UTC, are held to RFC 3339."""
    checker = FormatChecker(formats=())
    checker.checkers = dict(oas30_format_checker.checkers)
    strict = oas30_format_checker.checkers["date-time"][0]

    def zoom_time(value: object) -> bool:
        if isinstance(value, str) and _ZOOM_LOCAL_TIME.fullmatch(value):
            return True
        return bool(strict(value))

    checker.checks("date-time")(zoom_time)
    return checker


def spec_path() -> Path:
    configured = os.environ.get("ZOOMDESK_OPENAPI")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[2] / "shared" / "zoom-openapi" / "meetings-v2.json"


@functools.cache
def _load(path: Path) -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    _weekly_days_as_described(spec)
    return spec


def _weekly_days_as_described(node: Any) -> None:
    """`weekly_days` is documented as "comma separated values" ("1,3": Sundays and Tuesdays), but
    its `enum` lists only single days. The description is what Zoom does: distinct days."""
    if isinstance(node, dict):
        days = node.get("properties", {}).get("weekly_days")
        if isinstance(days, dict) and "enum" in days:
            del days["enum"]
            days["pattern"] = r"^(?!.*([1-7]).*\1)[1-7](,[1-7]){0,6}$"
        for value in node.values():
            _weekly_days_as_described(value)
    elif isinstance(node, list):
        for value in node:
            _weekly_days_as_described(value)


def load_spec() -> dict[str, Any]:
    path = spec_path()
    if not path.is_file():
        pytest.skip(f"Zoom's OpenAPI file is not at {path} (set ZOOMDESK_OPENAPI to its path)")
    return _load(path)


def validate_response(method: str, path_template: str, status: int, body: Any) -> None:
    """Raises AssertionError listing every way `body` breaks the documented response schema."""
    responses = _operation(method, path_template)["responses"]
    assert str(status) in responses, (
        f"{status} is not a documented answer to {method} {path_template}"
    )
    pointer = f"/paths/{_escape(path_template)}/{method.lower()}/responses/{status}"
    if status == 204:
        assert body in (None, b"", ""), f"a {status} must have no body"
        return
    schema = f"{pointer}/content/application~1json/schema"
    _validate(schema, body, f"{method} {path_template} {status}", oas30_format_checker)


def validate_request_body(method: str, path_template: str, body: Any) -> None:
    """Raises AssertionError listing every way `body` breaks the documented request schema."""
    _operation(method, path_template)
    pointer = f"/paths/{_escape(path_template)}/{method.lower()}/requestBody"
    schema = f"{pointer}/content/application~1json/schema"
    _validate(schema, body, f"{method} {path_template} request", _request_formats())


def _operation(method: str, path_template: str) -> dict[str, Any]:
    paths = load_spec()["paths"]
    assert path_template in paths, f"{path_template} is not in the spec"
    operation = paths[path_template].get(method.lower())
    assert operation is not None, f"{method} {path_template} is not in the spec"
    result: dict[str, Any] = operation
    return result


def _validate(pointer: str, instance: Any, label: str, formats: FormatChecker) -> None:
    validator = OAS30Validator(
        {"$ref": f"{_SPEC_URI}#{pointer}"}, registry=_registry(spec_path()), format_checker=formats
    )
    problems = sorted(
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in validator.iter_errors(instance)
    )
    assert not problems, f"{label} does not match Zoom's schema:\n" + "\n".join(problems)


@functools.cache
def _registry(path: Path) -> Registry:
    # One resource for the whole file, so `$ref`s inside the schemas resolve against it.
    resource = Resource.from_contents(_load(path), default_specification=DRAFT4)
    registry: Registry = Registry().with_resource(_SPEC_URI, resource)
    return registry


def _escape(path_template: str) -> str:
    """A JSON pointer token (RFC 6901): `~` and `/` are escaped."""
    return path_template.replace("~", "~0").replace("/", "~1")


def validate_response_alternative(
    method: str, path_template: str, status: int, body: Any, alternative: str
) -> None:
    """Like validate_response, against one branch of a `oneOf` response schema (`alternative`
    is a JSON pointer below the schema, like "/oneOf/0"). Zoom's user-settings schema lists
    branches that overlap (one is an empty object), so no body is valid under exactly one."""
    _operation(method, path_template)
    pointer = f"/paths/{_escape(path_template)}/{method.lower()}/responses/{status}"
    schema = f"{pointer}/content/application~1json/schema{alternative}"
    _validate(schema, body, f"{method} {path_template} {status}", oas30_format_checker)
