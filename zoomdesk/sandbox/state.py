"""Everything the sandbox remembers: the account's users and meetings, issued access tokens,
paging cursors and the daily counters behind Zoom's rate limits, optionally kept in a JSON file.

One re-entrant lock guards it all; the HTTP handlers hold it for a whole API operation, so each
request sees and leaves a consistent account even with many clients at once."""

from __future__ import annotations

import contextlib
import json
import os
import random
import secrets
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from zoomdesk.sandbox import seed as seeding
from zoomdesk.sandbox import user_settings
from zoomdesk.sandbox.ids import meeting_id
from zoomdesk.sandbox.meetings import build_meeting
from zoomdesk.sandbox.timeutil import utc_day
from zoomdesk.sandbox.users import USER_STATUSES, build_user
from zoomdesk.sandbox.wire import read_json

ACCOUNT_TIMEZONE = "America/New_York"
# The granular scopes of every operation the sandbox serves (zoom-api.md §4 and §8); a token gets
# these unless told otherwise.
DEFAULT_SCOPES = (
    "user:read:list_users:admin",
    "user:read:user:admin",
    "meeting:read:list_meetings:admin",
    "meeting:read:meeting:admin",
    "meeting:write:meeting:admin",
    "meeting:update:meeting:admin",
    "meeting:delete:meeting:admin",
    # Issue 11's operations (api.py ROUTES).
    "user:read:settings:admin",
    "tracking_field:read:list_tracking_fields:admin",
    "meeting:read:invitation:admin",
    "meeting:read:list_registrants:admin",
    "meeting:read:registrant:admin",
    "meeting:read:list_registration_questions:admin",
    "meeting:write:registrant:admin",
    "meeting:update:registrant_status:admin",
    "meeting:delete:registrant:admin",
    "meeting:write:batch_registrants:admin",
)
CURSOR_LIFETIME = 15 * 60  # "The expiration period for this token is 15 minutes" (spec)
_MAX_CURSORS = 2_000
_MAX_TOKENS = 10_000
_FILE_FORMAT = "zoomdesk-sandbox-state"


class SandboxStateError(ValueError):
    """A state file that cannot be used (the sandbox refuses to overwrite it)."""


@dataclass
class TokenRecord:
    issued_at: float
    expires_at: float
    scopes: tuple[str, ...]
    revoked: bool = False


@dataclass(frozen=True)
class Cursor:
    """What a next_page_token stands for: a snapshot of the result, and where the next page
    starts. The snapshot keeps paging stable while other clients create meetings."""

    scope: str
    ids: Sequence[Any]
    offset: int
    expires_at: float


class SandboxState:
    def __init__(
        self,
        *,
        account_id: str = "sandbox-account",
        scopes: Sequence[str] | None = None,
        token_ttl: int = 3600,
        clock: Callable[[], float] = time.time,
        seed: bool = True,
        state_file: Path | None = None,
    ) -> None:
        self.lock = threading.RLock()
        self.account_id = account_id
        self.scopes: tuple[str, ...] = tuple(DEFAULT_SCOPES if scopes is None else scopes)
        self.token_ttl = token_ttl
        self.clock = clock
        self.daily_limit = 100  # per host user and UTC day, for meeting create/update
        self.random = random.SystemRandom()
        self.users: list[dict[str, Any]] = []
        self.meetings: dict[int, dict[str, Any]] = {}
        # Per user id: the settings GET /users/{userId}/settings shows (user_settings.py).
        self.user_settings: dict[str, dict[str, Any]] = {}
        # The account's tracking fields, as GET /tracking_fields lists them.
        self.tracking_fields: list[dict[str, Any]] = []
        self.tokens: dict[str, TokenRecord] = {}
        self._cursors: OrderedDict[str, Cursor] = OrderedDict()
        self._host_counts: dict[str, int] = {}
        self._call_counts: dict[str, int] = {}
        self._seed = seed
        self._batch_depth = 0
        self._state_file = state_file
        if state_file is not None and state_file.exists():
            self._load(state_file)
        else:
            self.reset()

    def now(self) -> float:
        return self.clock()

    # ---- users -------------------------------------------------------------------------------

    def add_user(
        self,
        email: str,
        first_name: str,
        last_name: str,
        *,
        timezone: str | None = None,
        status: str = "active",
        role_id: str = "2",
        user_type: int = 2,
        dept: str = "",
        rng: random.Random | None = None,
    ) -> dict[str, Any]:
        """Adds a user to the account (role "0" is the owner, whom `me` means)."""
        if status not in USER_STATUSES:
            raise ValueError(f"status must be one of {USER_STATUSES}")
        with self.lock:
            if self.find_user(email) is not None:
                raise ValueError(f"a user with email {email} already exists")
            user = build_user(
                email,
                first_name,
                last_name,
                account_id=self.account_id,
                timezone=timezone or ACCOUNT_TIMEZONE,
                status=status,
                role_id=role_id,
                user_type=user_type,
                dept=dept,
                now=self.now(),
                rng=rng or self.random,
            )
            self.users.append(user)
            self.user_settings[user["id"]] = user_settings.default_settings(
                account_domain=email.rpartition("@")[2] or "example.com"
            )
            self.mutated()
            return user

    def settings_of(self, user: Mapping[str, Any]) -> dict[str, Any]:
        """The user's Zoom settings (created with Zoom's defaults when missing)."""
        with self.lock:
            return self.user_settings.setdefault(user["id"], user_settings.default_settings())

    @property
    def owner(self) -> dict[str, Any] | None:
        with self.lock:
            owners = [u for u in self.users if u.get("role_id") == "0"] or self.users
            return owners[0] if owners else None

    def find_user(self, reference: str) -> dict[str, Any] | None:
        """A user by id, email (case-insensitive) or `me` (the owner; an assumption for S2S)."""
        with self.lock:
            if reference == "me":
                return self.owner
            lowered = reference.lower()
            for user in self.users:
                if user["id"] == reference or user["email"].lower() == lowered:
                    return user
            return None

    # ---- meetings ----------------------------------------------------------------------------

    def add_meeting(
        self,
        body: Mapping[str, Any],
        host: Mapping[str, Any],
        *,
        assistant: Mapping[str, Any] | None = None,
        rng: random.Random | None = None,
    ) -> dict[str, Any]:
        """Stores a meeting built from a (validated) create body."""
        with self.lock:
            generator = rng or self.random
            meeting = build_meeting(
                body,
                host=host,
                meeting_id=meeting_id(generator, self.meetings),
                now=self.now(),
                rng=generator,
                assistant=assistant,
                host_settings=self.settings_of(host),
                tracking_definitions=self.tracking_fields,
            )
            self.meetings[meeting["id"]] = meeting
            self.mutated()
            return meeting

    def delete_meeting(self, meeting_id: int) -> None:
        with self.lock:
            self.meetings.pop(meeting_id, None)
            self.mutated()

    # ---- tokens ------------------------------------------------------------------------------

    def issue_token(self, token: str) -> TokenRecord:
        """Remembers a new token. Earlier ones stay valid until they expire, as on Zoom since
        September 2023 (https://developers.zoom.us/blog/adding-scalability-and-independence/)."""
        with self.lock:
            now = self.now()
            record = TokenRecord(now, now + self.token_ttl, self.scopes)
            self.tokens[token] = record
            while len(self.tokens) > _MAX_TOKENS:
                del self.tokens[next(iter(self.tokens))]
            self.mutated()
            return record

    def token_status(self, token: str) -> tuple[str, TokenRecord | None]:
        """("valid" | "expired" | "invalid", record)."""
        with self.lock:
            record = self.tokens.get(token)
            if record is None or record.revoked:
                return "invalid", None
            if self.now() >= record.expires_at:
                return "expired", record
            return "valid", record

    def expire_all_tokens(self) -> int:
        with self.lock:
            now = self.now()
            for record in self.tokens.values():
                record.expires_at = min(record.expires_at, now - 1)
            self.mutated()
            return len(self.tokens)

    def revoke_all_tokens(self) -> int:
        with self.lock:
            for record in self.tokens.values():
                record.revoked = True
            self.mutated()
            return len(self.tokens)

    # ---- daily counters ----------------------------------------------------------------------

    def host_requests_today(self, user_id: str) -> int:
        with self.lock:
            return self._host_counts.get(f"{user_id}|{utc_day(self.now())}", 0)

    def count_host_request(self, user_id: str) -> None:
        with self.lock:
            key = f"{user_id}|{utc_day(self.now())}"
            self._host_counts[key] = self._host_counts.get(key, 0) + 1

    def count_call(self, category: str) -> None:
        """Counts one call of a rate-limit category (Light, Medium) today."""
        with self.lock:
            key = f"{category}|{utc_day(self.now())}"
            self._call_counts[key] = self._call_counts.get(key, 0) + 1

    def calls_today(self, category: str) -> int:
        with self.lock:
            return self._call_counts.get(f"{category}|{utc_day(self.now())}", 0)

    # ---- paging ------------------------------------------------------------------------------

    def new_cursor(self, scope: str, ids: Sequence[Any], offset: int) -> str:
        with self.lock:
            token = secrets.token_urlsafe(24)
            self._cursors[token] = Cursor(scope, ids, offset, self.now() + CURSOR_LIFETIME)
            while len(self._cursors) > _MAX_CURSORS:
                self._cursors.popitem(last=False)
            return token

    def cursor(self, token: str, scope: str) -> Cursor | None:
        with self.lock:
            found = self._cursors.get(token)
            if found is None or found.scope != scope or self.now() > found.expires_at:
                return None
            return found

    # ---- seeding and reset -------------------------------------------------------------------

    def seed_bulk(self, users: int, meetings_per_user: int) -> list[dict[str, Any]]:
        """Adds `users` users with `meetings_per_user` meetings each; returns the new users."""
        with self.lock, self._batch():
            return seeding.bulk_seed(self, users, meetings_per_user)

    def reset(self) -> None:
        """Back to a fresh account: the default demo data (when seeding) and no tokens."""
        with self.lock, self._batch():
            self.users.clear()
            self.meetings.clear()
            self.user_settings.clear()
            self.tracking_fields.clear()
            self.tokens.clear()
            self._cursors.clear()
            self._host_counts.clear()
            self._call_counts.clear()
            if self._seed:
                seeding.default_seed(self)
            self.mutated()

    @contextlib.contextmanager
    def _batch(self) -> Iterator[None]:
        """Many changes, one save (a bulk seed of 10,000 meetings must not write 10,000 files)."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
        self.mutated()

    # ---- persistence -------------------------------------------------------------------------

    def mutated(self) -> None:
        """Call after every change: saves the state file, when there is one."""
        if self._state_file is not None and not self._batch_depth:
            with self.lock:
                self._save(self._state_file)

    def _save(self, path: Path) -> None:
        data = {
            "format": _FILE_FORMAT,
            "version": 1,
            "account_id": self.account_id,
            "users": self.users,
            "meetings": list(self.meetings.values()),
            "tokens": {token: asdict(record) for token, record in self.tokens.items()},
            "host_counts": self._host_counts,
            "user_settings": self.user_settings,
            "tracking_fields": self.tracking_fields,
        }
        try:
            self._write(path, data)
        except OSError as error:
            raise SandboxStateError(f"cannot write {path}: {error.strerror or error}") from error

    @staticmethod
    def _write(path: Path, data: dict[str, Any]) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write a sibling temp file and rename it over the old one: a crash mid-write never
        # leaves half a file behind.
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, separators=(",", ":"))
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp_name, path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise

    def _load(self, path: Path) -> None:
        # Each failure is one line a CLI can print: the sandbox refuses the file, never
        # overwrites it (a directory, /dev/null and a damaged file all end here).
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise SandboxStateError(f"cannot read {path}: {error.strerror or error}") from error
        try:
            data = read_json(raw)
        except ValueError:
            data = None
        if not isinstance(data, dict) or data.get("format") != _FILE_FORMAT:
            raise SandboxStateError(f"{path} is not a zoomdesk sandbox state file")
        try:
            self.users = list(data["users"])
            self.meetings = {int(m["id"]): m for m in data["meetings"]}
            self.tokens = {
                token: TokenRecord(
                    float(r["issued_at"]),
                    float(r["expires_at"]),
                    tuple(r["scopes"]),
                    bool(r.get("revoked", False)),
                )
                for token, r in data.get("tokens", {}).items()
            }
            self._host_counts = {str(k): int(v) for k, v in data.get("host_counts", {}).items()}
            self.user_settings = {str(k): dict(v) for k, v in data.get("user_settings", {}).items()}
            self.tracking_fields = [dict(field) for field in data.get("tracking_fields", [])]
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise SandboxStateError(
                f"{path} is a damaged zoomdesk sandbox state file ({type(error).__name__}: {error})"
            ) from error
