"""The IT policy: what an organisation fixes for every zoomdesk on its desktops.

The names below are a contract (IT writes them in TOML, the registry or a managed plist, and
the ADMX/mobileconfig templates in packaging/ are generated from them). Where a policy is read
from is `policy_sources.py`; this module turns the values into a checked `Policy` and answers
the questions the app, the CLI and bulk import ask of it."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from zoomdesk.core import meeting_schema as schema
from zoomdesk.core.errors import DraftInvalid, FieldError
from zoomdesk.core.i18n import translate
from zoomdesk.core.models import Json, zone
from zoomdesk.core.profiles import (
    REGIONS,
    Profile,
    base_url_problem,
    profile_name_problem,
)

KEYS = (
    "allow_sandbox",
    "allow_user_profiles",
    "allowed_hosts",
    "default_timezone",
    "profiles",
    "locked_settings",
)
PROFILE_KEYS = ("name", "account_id", "client_id", "region", "oauth_url", "api_url")
# The contract says "zoomgov"; profiles.py calls the same region "gov".
POLICY_REGIONS = {"global": "global", "zoomgov": "gov", "gov": "gov"}
_SECRET_WORDS = ("secret", "password", "token")

Path_ = tuple[str | int, ...]  # a value's place in the policy: ("locked_settings", "waiting_room")


class PolicyError(Exception):
    """A policy that cannot be used; `where` names the file and line, or the registry key."""

    def __init__(self, where: str, message: str) -> None:
        self.where = where
        self.message = message
        super().__init__(f"{where}: {message}")


@dataclass
class PolicyRefused(DraftInvalid):
    """Something the policy forbids, asked for on purpose (the CLI exits 2)."""

    def __str__(self) -> str:
        return "; ".join(p.message for p in self.problems)


@dataclass(frozen=True)
class Policy:
    allow_sandbox: bool = True
    allow_user_profiles: bool = True
    allowed_hosts: tuple[str, ...] = ()  # "@example.org" or "ann@example.org"; () = all
    default_timezone: str | None = None
    profiles: tuple[Profile, ...] = ()
    locked_settings: Mapping[str, Any] = field(default_factory=dict)  # schema name -> value
    origin: Mapping[str, str] = field(default_factory=dict)  # key -> file or registry key
    source: str | None = None  # where the policy was read; None: no policy
    problem: str | None = None  # set when the policy was unreadable

    @classmethod
    def unreadable(cls, problem: str, source: str) -> Policy:
        """A policy that exists but cannot be read may have forbidden things: keep the
        restrictive defaults for this run rather than silently dropping them."""
        locked = {"allow_sandbox": source, "allow_user_profiles": source}
        return cls(False, False, origin=locked, source=source, problem=problem)

    @property
    def name(self) -> str:
        """How messages name the policy: "your organisation's policy (/etc/zoomdesk/…)"."""
        if self.source:
            return translate("Policy", "your organisation's policy ({source})").format(
                source=self.source
            )
        return translate("Policy", "no policy")

    def where(self, key: str) -> str:
        return self.origin.get(key, "default")

    # --- hosts ---------------------------------------------------------------------------

    def host_allowed(self, email: str) -> bool:
        if not self.allowed_hosts:
            return True
        address = email.strip().lower()
        return any(
            address.endswith(entry) if entry.startswith("@") else address == entry
            for entry in self.allowed_hosts
        )

    def check_host(self, email: str) -> None:
        if not self.host_allowed(email):
            raise refused(
                "host",
                translate(
                    "Policy",
                    "{email} is not among the hosts this desktop may manage ({hosts}), set by "
                    "{policy}.",
                ).format(
                    email=email or translate("Policy", "this host"),
                    hosts=", ".join(self.allowed_hosts),
                    policy=self.name,
                ),
            )

    # --- locked settings -----------------------------------------------------------------

    def lock(self, name: str) -> tuple[bool, Any]:
        """(True, value) when the setting `name` (or `settings.name`) is locked."""
        key = name.removeprefix("settings.")
        return (key in self.locked_settings, self.locked_settings.get(key))

    def locked_problem(self, name: str, value: Any) -> str | None:
        """For one cell (bulk import) or one flag: why `value` is refused, or None."""
        locked, wanted = self.lock(name)
        if not locked or _same(value, wanted):
            return None
        return translate("Policy", "{setting} is set by {policy}; it must be {value}.").format(
            setting=f"settings.{name.removeprefix('settings.')}",
            policy=self.name,
            value=_show(wanted),
        )

    def lock_problems(self, settings: Mapping[str, Any]) -> list[FieldError]:
        """Every given setting whose value differs from the locked one."""
        return [
            FieldError(f"settings.{name}", problem)
            for name, value in settings.items()
            if (problem := self.locked_problem(name, value))
        ]

    def with_locks(self, settings: Mapping[str, Any]) -> Json:
        """The settings of a new meeting: refused if one contradicts a lock, and every locked
        setting filled in, so a meeting made here complies even where Zoom's default does not."""
        if problems := self.lock_problems(settings):
            raise PolicyRefused(problems)
        return {**settings, **self.locked_settings}

    # --- profiles --------------------------------------------------------------------------

    def preset(self, name: str) -> Profile | None:
        return next((p for p in self.profiles if p.name == name), None)

    def to_json(self) -> Json:
        """The effective policy and where each value came from (`zoomdesk policy show`)."""
        values: Json = {
            "allow_sandbox": self.allow_sandbox,
            "allow_user_profiles": self.allow_user_profiles,
            "allowed_hosts": list(self.allowed_hosts),
            "default_timezone": self.default_timezone,
            "profiles": [
                {"name": p.name, "account_id": p.account_id, "client_id": p.client_id,
                 "region": p.region, "oauth_url": p.oauth_url, "api_url": p.api_url}
                for p in self.profiles
            ],
            "locked_settings": dict(self.locked_settings),
        }  # fmt: skip
        return {
            "source": self.source,
            "problem": self.problem,
            "values": {k: {"value": values[k], "from": self.where(k)} for k in KEYS},
        }


def refused(field_name: str, message: str) -> PolicyRefused:
    return PolicyRefused([FieldError(field_name, message)])


def _same(value: Any, wanted: Any) -> bool:
    return type(value) is type(wanted) and value == wanted


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, str) else str(value)


def closest(name: str, known: tuple[str, ...]) -> str:
    near = difflib.get_close_matches(name, known, n=1, cutoff=0.5)
    if near:
        return translate("Policy", "; did you mean {name}?").format(name=near[0])
    return translate("Policy", "; known names: {names}").format(names=", ".join(known))


# --- reading ------------------------------------------------------------------------------


def policy_from_mapping(
    data: Mapping[str, Any], source: str, where: Callable[[Path_], str]
) -> Policy:
    """Check every value of a policy read from anywhere. `where(path)` says where a value is
    written (file and line, registry key) for the one-line error; raises PolicyError."""

    def fail(path: Path_, message: str) -> PolicyError:
        return PolicyError(where(path), message)

    for key in data:
        if key not in KEYS:
            unknown = translate("Policy", "unknown policy name {name}{suggestion}")
            raise fail((key,), unknown.format(name=repr(key), suggestion=closest(str(key), KEYS)))
    flags = {}
    for key in ("allow_sandbox", "allow_user_profiles"):
        value = data.get(key, True)
        if not isinstance(value, bool):
            raise fail((key,), translate("Policy", "{key} must be true or false").format(key=key))
        flags[key] = value
    hosts = _hosts(data.get("allowed_hosts", []), fail)
    tz = data.get("default_timezone")
    if tz is not None and (not isinstance(tz, str) or zone(tz) is None):
        wrong = translate("Policy", "{value} is not an IANA time zone (Europe/Berlin)")
        raise fail(("default_timezone",), wrong.format(value=repr(tz)))
    profiles = _profiles(data.get("profiles", []), fail)
    locks = _locks(data.get("locked_settings", {}), fail)
    return Policy(
        flags["allow_sandbox"],
        flags["allow_user_profiles"],
        hosts,
        tz,
        profiles,
        locks,
        origin={key: source for key in data},
        source=source,
    )


Fail = Callable[[Path_, str], PolicyError]


def _hosts(value: Any, fail: Fail) -> tuple[str, ...]:
    if isinstance(value, str):  # a registry string or a plist string: "a@x.org; @y.org"
        value = schema.split_emails(value)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(
            ("allowed_hosts",),
            translate("Policy", "allowed_hosts must be a list of emails or @domains"),
        )
    for entry in value:
        address = f"x{entry}" if entry.startswith("@") else entry
        if not schema.EMAIL_RE.match(address.strip()):
            raise fail(
                ("allowed_hosts",),
                translate(
                    "Policy",
                    "{value} is neither an email (board@example.com) nor a domain (@example.org)",
                ).format(value=repr(entry)),
            )
    return tuple(v.strip().lower() for v in value)


def _profiles(value: Any, fail: Fail) -> tuple[Profile, ...]:
    if not isinstance(value, list):
        raise fail(
            ("profiles",), translate("Policy", "profiles must be a list of tables ([[profiles]])")
        )
    out: list[Profile] = []
    for index, item in enumerate(value):
        if not isinstance(item, Mapping):
            raise fail(
                ("profiles", index), translate("Policy", "each preset profile must be a table")
            )
        for key in item:
            if any(word in str(key).lower() for word in _SECRET_WORDS):
                raise fail(
                    ("profiles", index, key),
                    translate(
                        "Policy",
                        "a policy never holds a secret: remove {key}; each user's secret goes in "
                        "the keyring (zoomdesk profiles add NAME --client-secret-stdin)",
                    ).format(key=key),
                )
            if key not in PROFILE_KEYS:
                raise fail(
                    ("profiles", index, key),
                    translate("Policy", "unknown profile name {name}{suggestion}").format(
                        name=repr(key), suggestion=closest(str(key), PROFILE_KEYS)
                    ),
                )
        text: dict[str, str] = {}
        for key in PROFILE_KEYS:
            if key in item and not isinstance(item[key], str):
                must = translate("Policy", "{key} must be text")
                raise fail(("profiles", index, key), must.format(key=key))
            text[key] = str(item.get(key, "")).strip()
        for key in ("name", "account_id", "client_id"):
            if not text[key]:
                needs = translate("Policy", "a preset profile needs {key}")
                raise fail(("profiles", index), needs.format(key=key))
        if problem := profile_name_problem(text["name"]):
            raise fail(("profiles", index, "name"), problem)
        if any(p.name == text["name"] for p in out):
            twice = translate("Policy", "two preset profiles named {name}")
            raise fail(("profiles", index, "name"), twice.format(name=repr(text["name"])))
        region = POLICY_REGIONS.get(text["region"] or "global")
        if region is None:
            raise fail(
                ("profiles", index, "region"),
                translate("Policy", "region must be global or zoomgov"),
            )
        _, oauth, api = REGIONS[region]
        oauth = text["oauth_url"].rstrip("/") or oauth
        api_url = text["api_url"] or api
        for key, url in (("oauth_url", oauth), ("api_url", api_url)):
            if url and (problem := base_url_problem(url)):
                raise fail(("profiles", index, key), problem)
        out.append(Profile(text["name"], text["account_id"], text["client_id"], oauth, api_url))
    return tuple(out)


def _locks(value: Any, fail: Fail) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise fail(
            ("locked_settings",),
            translate("Policy", "locked_settings must be a table ([locked_settings])"),
        )
    out: dict[str, Any] = {}
    for key, wanted in value.items():
        name = str(key).removeprefix("settings.")
        spec = schema.setting(name)
        if spec is None:
            raise fail(("locked_settings", key), schema.unknown_setting(name))
        if problems := spec.problems(wanted):
            raise fail(("locked_settings", key), f"{name}: {problems[0].message}")
        out[name] = wanted
    return out
