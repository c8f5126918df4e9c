"""The IT policy's templates for Group Policy (ADMX/ADML) and for Jamf/MDM (a .mobileconfig),
derived from the policy's contract names and the meeting schema, so they can never name a
setting zoomdesk does not read. Regenerate after changing either:

    python -m zoomdesk.core.policy_templates packaging

(tests/core/test_policy_templates.py fails while the files in packaging/ are stale)."""

from __future__ import annotations

import plistlib
import sys
import uuid
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from zoomdesk.core import meeting_schema as schema
from zoomdesk.core.policy_sources import MAC_DOMAIN, REGISTRY_KEY

NS = "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"
PRESET_KEY = rf"{REGISTRY_KEY}\profiles\1"  # Group Policy's one slot; more by registry
LOCKS_KEY = rf"{REGISTRY_KEY}\locked_settings"

TOP = {
    "allow_sandbox": (
        "Allow the built-in sandbox",
        "Disabled: the sandbox (an emulation of Zoom for trying zoomdesk) is hidden and "
        "--sandbox is refused. Enabled or not configured: it is available.",
    ),
    "allow_user_profiles": (
        "Allow users to add their own profiles",
        "Disabled: users can only use the preset profiles; `zoomdesk profiles add` is refused "
        "except to store the secret of a preset profile. Enabled or not configured: allowed.",
    ),
    "allowed_hosts": (
        "Hosts this computer may list and manage",
        "One per line: a domain with a leading @ (@example.org) or an email address. Other "
        "hosts' meetings are not listed, created, changed or deleted. Not configured: all.",
    ),
    "default_timezone": (
        "Default time zone for new meetings",
        "An IANA time zone name, e.g. Europe/Berlin. Used when a new meeting names none.",
    ),
    "profiles": (
        "Preset profile",
        "A connection profile every user gets: name, account ID, client ID and region (or OAuth "
        "and API URLs). Never a secret: each user enters it once, or a login script stores it "
        r"with `zoomdesk profiles add NAME --client-secret-stdin`. Further presets: "
        rf"HKLM\{REGISTRY_KEY}\profiles\<any name> with the same values.",
    ),
}
PROFILE_LABELS = {
    "name": "Profile name",
    "account_id": "Account ID",
    "client_id": "Client ID",
    "region": "Region",
    "oauth_url": "OAuth URL (instead of the region)",
    "api_url": "API URL, ending in /v2 (instead of the region)",
}
PROFILE_KEYS_ORDER = tuple(PROFILE_LABELS)


def _policy(name: str, key: str, body: str, value_name: str = "", presentation: bool = False,
            category: str = "zoomdesk") -> str:  # fmt: skip
    attrs = f'name="{name}" class="Machine" displayName="$(string.{name})" '
    attrs += f'explainText="$(string.{name}_help)" key="{key}"'
    if value_name:
        attrs += f' valueName="{value_name}"'
    if presentation:
        attrs += f' presentation="$(presentation.{name})"'
    return (
        f'    <policy {attrs}>\n      <parentCategory ref="{category}" />\n'
        f'      <supportedOn ref="SUPPORTED_zoomdesk" />\n{body}    </policy>\n'
    )


ON_OFF = (
    '      <enabledValue><decimal value="1" /></enabledValue>\n'
    '      <disabledValue><decimal value="0" /></disabledValue>\n'
)


def _value(value: Any) -> str:
    if isinstance(value, int):
        return f'<decimal value="{int(value)}" />'
    return f"<string>{escape(str(value))}</string>"


def _lock_element(spec: schema.Spec) -> tuple[str, str]:
    """The ADMX element and its ADML presentation control for one lockable setting."""
    ref = f'id="{spec.name}" valueName="{spec.name}"'
    if spec.choices:
        items = "".join(
            f'          <item displayName="$(string.{spec.name}_{i})">'
            f"<value>{_value(c.value)}</value></item>\n"
            for i, c in enumerate(spec.choices)
        )
        return (
            f'        <enum {ref} required="true">\n{items}        </enum>\n',
            f'<dropdownList refId="{spec.name}" noSort="true">{escape(spec.title)}</dropdownList>',
        )
    if spec.kind is schema.Kind.INTEGER:
        return (
            f'        <decimal {ref} minValue="{spec.minimum}" maxValue="{spec.maximum}" />\n',
            f'<decimalTextBox refId="{spec.name}">{escape(spec.title)}</decimalTextBox>',
        )
    return (
        f'        <text {ref} maxLength="2000" />\n',
        f'<textBox refId="{spec.name}"><label>{escape(spec.title)}</label></textBox>',
    )


def admx() -> str:
    policies = []
    for name in ("allow_sandbox", "allow_user_profiles"):
        policies.append(_policy(name, REGISTRY_KEY, ON_OFF, value_name=name))
    policies.append(_policy("allowed_hosts", REGISTRY_KEY, "      <elements>\n"
        '        <multiText id="allowed_hosts" valueName="allowed_hosts" required="true" />\n'
        "      </elements>\n", presentation=True))  # fmt: skip
    policies.append(_policy("default_timezone", REGISTRY_KEY, "      <elements>\n"
        '        <text id="default_timezone" valueName="default_timezone" required="true" />\n'
        "      </elements>\n", presentation=True))  # fmt: skip
    fields = []
    for key in PROFILE_KEYS_ORDER:
        if key == "region":
            fields.append(
                '        <enum id="region" valueName="region">\n'
                '          <item displayName="$(string.region_global)"><value><string>global'
                "</string></value></item>\n"
                '          <item displayName="$(string.region_zoomgov)"><value><string>zoomgov'
                "</string></value></item>\n        </enum>\n"
            )
        else:
            required = ' required="true"' if key in ("name", "account_id", "client_id") else ""
            fields.append(f'        <text id="{key}" valueName="{key}"{required} />\n')
    body = "      <elements>\n" + "".join(fields) + "      </elements>\n"
    policies.append(_policy("profiles", PRESET_KEY, body, presentation=True))
    for spec in schema.SETTINGS:
        name = f"locked_settings_{spec.name}"
        if spec.kind is schema.Kind.BOOL:
            policies.append(_policy(name, LOCKS_KEY, ON_OFF, spec.name, category="locked"))
        else:
            element, _ = _lock_element(spec)
            body = f"      <elements>\n{element}      </elements>\n"
            policies.append(_policy(name, LOCKS_KEY, body, presentation=True, category="locked"))
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        "<!-- Generated by python -m zoomdesk.core.policy_templates; do not edit. -->\n"
        '<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" '
        f'schemaVersion="1.0" xmlns="{NS}">\n'
        "  <policyNamespaces>\n"
        '    <target prefix="zoomdesk" namespace="zoomdesk.Policies.zoomdesk" />\n'
        '    <using prefix="windows" namespace="Microsoft.Policies.Windows" />\n'
        "  </policyNamespaces>\n"
        '  <resources minRequiredRevision="1.0" />\n'
        "  <supportedOn>\n    <definitions>\n"
        '      <definition name="SUPPORTED_zoomdesk"'
        ' displayName="$(string.SUPPORTED_zoomdesk)" />\n'
        "    </definitions>\n  </supportedOn>\n"
        "  <categories>\n"
        '    <category name="zoomdesk" displayName="$(string.zoomdesk)" />\n'
        '    <category name="locked" displayName="$(string.locked)">\n'
        '      <parentCategory ref="zoomdesk" />\n    </category>\n'
        "  </categories>\n  <policies>\n" + "".join(policies) + "  </policies>\n"
        "</policyDefinitions>\n"
    )


def adml() -> str:
    strings = {
        "zoomdesk": "zoomdesk",
        "locked": "Locked meeting settings",
        # Not the version number: the template would go stale at every release.
        "SUPPORTED_zoomdesk": "zoomdesk versions that read an IT policy",
        "region_global": "Zoom (zoom.us)",
        "region_zoomgov": "ZoomGov (zoomgov.com)",
    }
    presentations = {
        "allowed_hosts": '<multiTextBox refId="allowed_hosts">Hosts, one per line</multiTextBox>',
        "default_timezone": '<textBox refId="default_timezone"><label>IANA time zone</label>'
        "</textBox>",
        "profiles": "".join(
            f'<dropdownList refId="{k}" noSort="true">{escape(label)}</dropdownList>'
            if k == "region"
            else f'<textBox refId="{k}"><label>{escape(label)}</label></textBox>'
            for k, label in PROFILE_LABELS.items()
        ),
    }
    for name, (title, help_text) in TOP.items():
        strings[name], strings[f"{name}_help"] = title, help_text
    for spec in schema.SETTINGS:
        name = f"locked_settings_{spec.name}"
        strings[name] = f"Lock: {spec.title} ({spec.name})"
        how = (
            "Enabled: always on. Disabled: always off."
            if spec.kind is schema.Kind.BOOL
            else "Enabled: always the value chosen here."
        )
        strings[f"{name}_help"] = (
            f"{spec.help} {how} Not configured: each user chooses. Users see the setting "
            'locked with "Set by your organisation"; the command line refuses another value.'
        )
        for i, choice in enumerate(spec.choices):
            strings[f"{spec.name}_{i}"] = choice.label
        if spec.kind is not schema.Kind.BOOL:
            presentations[name] = _lock_element(spec)[1]
    table = "".join(f'      <string id="{k}">{escape(v)}</string>\n' for k, v in strings.items())
    shown = "".join(
        f'      <presentation id="{k}">{v}</presentation>\n' for k, v in presentations.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        "<!-- Generated by python -m zoomdesk.core.policy_templates; do not edit. -->\n"
        '<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" '
        f'schemaVersion="1.0" xmlns="{NS}">\n'
        "  <displayName>zoomdesk</displayName>\n"
        f"  <description>{escape('Policies for zoomdesk (docs/security.md)')}</description>\n"
        "  <resources>\n    <stringTable>\n" + table + "    </stringTable>\n"
        "    <presentationTable>\n" + shown + "    </presentationTable>\n"
        "  </resources>\n</policyDefinitionResources>\n"
    )


def _uuid(name: str) -> str:
    """Stable UUIDs, so regenerating the example changes nothing."""
    return str(uuid.uuid5(uuid.NAMESPACE_DNS, f"{name}.{MAC_DOMAIN}")).upper()


def mobileconfig() -> bytes:
    """An example profile; IT edits the values (the names are the contract)."""
    payload: dict[str, Any] = {
        "PayloadType": MAC_DOMAIN,
        "PayloadIdentifier": f"{MAC_DOMAIN}.policy.settings",
        "PayloadUUID": _uuid("settings"),
        "PayloadVersion": 1,
        "PayloadDisplayName": "zoomdesk policy",
        "allow_sandbox": False,
        "allow_user_profiles": False,
        "allowed_hosts": ["@example.org", "board@example.com"],
        "default_timezone": "Europe/Berlin",
        "profiles": [
            {
                "name": "Acme",
                "account_id": "ACCOUNT-ID",
                "client_id": "CLIENT-ID",
                "region": "global",
            },
            {
                "name": "Acme (custom URLs)",
                "account_id": "ACCOUNT-ID",
                "client_id": "CLIENT-ID",
                "oauth_url": "https://zoom.us",
                "api_url": "https://api.zoom.us/v2",
            },
        ],
        "locked_settings": {"waiting_room": True, "auto_recording": "cloud"},
    }
    profile = {
        "PayloadContent": [payload],
        "PayloadDisplayName": "zoomdesk policy (example)",
        "PayloadDescription": "Managed settings for zoomdesk; see docs/security.md.",
        "PayloadIdentifier": f"{MAC_DOMAIN}.policy",
        "PayloadType": "Configuration",
        "PayloadUUID": _uuid("profile"),
        "PayloadVersion": 1,
        "PayloadScope": "System",
    }
    return plistlib.dumps(profile, sort_keys=False)


def files() -> dict[str, bytes]:
    """Path under packaging/ -> content."""
    return {
        "windows/zoomdesk.admx": admx().encode("utf-8"),
        "windows/en-US/zoomdesk.adml": adml().encode("utf-8"),
        "macos/zoomdesk-policy.mobileconfig": mobileconfig(),
    }


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "packaging")
    for relative, content in files().items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        print(target)
