"""The Group Policy and MDM templates name exactly what zoomdesk reads, and what Group Policy
writes from them reads back as a valid policy."""

from __future__ import annotations

import json
import plistlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from tests.core.test_meeting_schema import other_value
from tests.core.test_policy import Registry
from zoomdesk.core import meeting_schema as schema
from zoomdesk.core.policy import KEYS, PROFILE_KEYS
from zoomdesk.core.policy_sources import REGISTRY_KEY, read_plist, read_registry
from zoomdesk.core.policy_templates import files

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
NS = {"g": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
TOP_VALUES = {"allow_sandbox", "allow_user_profiles", "allowed_hosts", "default_timezone"}


def test_the_packaged_templates_are_the_generated_ones():
    for relative, content in files().items():
        assert (PACKAGING / relative).read_bytes() == content, (
            f"packaging/{relative} is stale: python -m zoomdesk.core.policy_templates packaging"
        )


def admx_policies() -> list[ET.Element]:
    return ET.parse(PACKAGING / "windows" / "zoomdesk.admx").findall(".//g:policy", NS)


def value_names(policy: ET.Element) -> list[str]:
    own = [policy.get("valueName")] if policy.get("valueName") else []
    elements = policy.find("g:elements", NS)
    return [*own, *(e.get("valueName", "") for e in (elements if elements is not None else []))]


def test_the_admx_names_exactly_the_policys_keys():
    by_key: dict[str, set[str]] = {}
    for policy in admx_policies():
        by_key.setdefault(policy.get("key", ""), set()).update(value_names(policy))
    assert by_key.pop(REGISTRY_KEY) == TOP_VALUES
    assert by_key.pop(rf"{REGISTRY_KEY}\profiles\1") == set(PROFILE_KEYS)
    assert by_key.pop(rf"{REGISTRY_KEY}\locked_settings") == {s.name for s in schema.SETTINGS}
    assert by_key == {}
    assert TOP_VALUES | {"profiles", "locked_settings"} == set(KEYS)


def test_every_string_and_presentation_the_admx_uses_is_in_the_adml():
    admx = (PACKAGING / "windows" / "zoomdesk.admx").read_text(encoding="utf-8")
    adml = ET.parse(PACKAGING / "windows" / "en-US" / "zoomdesk.adml")
    strings = {e.get("id") for e in adml.findall(".//g:string", NS)}
    presentations = {e.get("id"): e for e in adml.findall(".//g:presentation", NS)}
    assert set(re.findall(r"\$\(string\.([^)]+)\)", admx)) <= strings
    assert set(re.findall(r"\$\(presentation\.([^)]+)\)", admx)) == set(presentations)
    for policy in admx_policies():
        shown = presentations.get(policy.get("name"))
        elements = policy.find("g:elements", NS)
        ids = {e.get("id") for e in (elements if elements is not None else [])}
        refs = {e.get("refId") for e in shown} if shown is not None else set()
        assert refs == ids, policy.get("name")


SAMPLES: dict[str, Any] = {
    "default_timezone": "Europe/Berlin",
    "allowed_hosts": ["@example.org"],
    "name": "Acme",
    "account_id": "ACCOUNT",
    "client_id": "CLIENT",
    "alternative_hosts": "ann@example.com",
}


def _enabled(policy: ET.Element) -> dict[str, object]:
    """The registry values Group Policy writes when IT enables `policy` with sample input."""
    out: dict[str, object] = {}
    if (name := policy.get("valueName")) is not None:
        out[name] = 1
    for element in policy.find("g:elements", NS) or []:
        tag, name = element.tag.split("}")[1], element.get("valueName", "")
        if tag == "enum":
            value = element.find("g:item/g:value/*", NS)
            assert value is not None
            out[name] = int(value.get("value", 0)) if value.tag.endswith("decimal") else value.text
        elif tag == "decimal":
            out[name] = int(element.get("minValue", 0))
        elif name in SAMPLES:
            out[name] = SAMPLES[name]
        elif (spec := schema.setting(name)) is not None:  # a valid value of the schema's kind
            value = other_value(spec)
            out[name] = value if isinstance(value, str) else json.dumps(value)
    return out


def test_what_group_policy_writes_from_the_admx_is_read_back_as_a_valid_policy():
    keys: dict[str, dict[str, object]] = {}
    for policy in admx_policies():
        keys.setdefault(policy.get("key", ""), {}).update(_enabled(policy))
    policy = read_registry(Registry(keys))
    assert policy.problem is None
    assert policy.allowed_hosts == ("@example.org",) and policy.default_timezone == "Europe/Berlin"
    assert [p.name for p in policy.profiles] == ["Acme"]
    assert set(policy.locked_settings) == {s.name for s in schema.SETTINGS}


def test_the_mobileconfig_example_names_exactly_the_policys_keys_and_reads_back(tmp_path):
    profile = plistlib.loads((PACKAGING / "macos" / "zoomdesk-policy.mobileconfig").read_bytes())
    (payload,) = profile["PayloadContent"]
    assert {k for k in payload if not k.startswith("Payload")} == set(KEYS)
    assert set().union(*(p.keys() for p in payload["profiles"])) == set(PROFILE_KEYS)
    assert set(payload["locked_settings"]) <= {s.name for s in schema.SETTINGS}
    managed = tmp_path / "managed.plist"  # what macOS writes to /Library/Managed Preferences
    managed.write_bytes(plistlib.dumps(payload))
    policy = read_plist(managed)
    assert policy.problem is None and policy.allow_user_profiles is False
    assert [p.name for p in policy.profiles] == ["Acme", "Acme (custom URLs)"]
