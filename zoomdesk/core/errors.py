"""Typed errors. Each carries what a user, a log and Zoom support need, and a one-line summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from zoomdesk.core.i18n import dates, translate, translate_marked, translate_noop


class ZoomDeskError(Exception):
    """Base of every error zoomdesk reports to a user; never shown as a traceback."""

    def summary(self) -> str:
        return str(self)


# --- token endpoint -------------------------------------------------------------------------

_TOKEN_EXPLANATIONS = {
    "invalid_client": translate_noop(
        "Errors",
        "Zoom did not accept the client ID or client secret. Check both were copied from the "
        "app's App Credentials page, and that the app is activated.",
    ),
    "unsupported_grant_type": translate_noop(
        "Errors",
        "Zoom did not accept grant_type=account_credentials. These credentials probably belong to "
        "another kind of app (General/OAuth, Meeting SDK, Zoom Apps): create a Server-to-Server "
        "OAuth app. It also happens when the parameters are not sent as a form body.",
    ),
    "invalid_request": translate_noop(
        "Errors",
        "Zoom rejected the token request. Check the account ID (App Credentials page of the "
        "Server-to-Server OAuth app) and that the app is activated.",
    ),
    "invalid_grant": translate_noop(
        "Errors", "Zoom rejected the grant. Server-to-Server apps use account_credentials."
    ),
}


def with_tracking_id(line: str, tracking_id: str | None) -> str:
    """Zoom support finds a request by its tracking id; every error that has one ends with it."""
    if not tracking_id:
        return line
    return line + " " + translate("Errors", "[tracking id {id}]").format(id=tracking_id)


class TokenError(ZoomDeskError):
    """The token endpoint refused to issue a token."""

    def __init__(
        self,
        status: int,
        error: str | None,
        reason: str | None,
        tracking_id: str | None = None,
    ) -> None:
        self.status = status
        self.error = error
        self.reason = reason
        self.tracking_id = tracking_id
        super().__init__(self.summary())

    @property
    def explanation(self) -> str:
        if self.error in _TOKEN_EXPLANATIONS:
            return translate_marked("Errors", _TOKEN_EXPLANATIONS[self.error])
        if self.status >= 500:
            return translate(
                "Errors", "Zoom's sign-in service is unavailable. Try again in a few minutes."
            )
        return translate("Errors", "Zoom did not issue an access token.")

    def summary(self) -> str:
        detail = ", ".join(p for p in (self.error, self.reason) if p)
        line = translate(
            "Errors", "Getting a Zoom access token failed: HTTP {status} ({detail}). {explanation}"
        ).format(
            status=self.status,
            detail=detail or translate("Errors", "no details"),
            explanation=self.explanation,
        )
        return with_tracking_id(line, self.tracking_id)


# --- API ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


@dataclass(frozen=True)
class RateLimit:
    """The X-RateLimit-* and Retry-After values of a response, as Zoom sent them."""

    category: str | None = None
    type: str | None = None
    limit: int | None = None
    remaining: int | None = None
    retry_after: datetime | None = None
    raw_retry_after: str | None = None

    def describe(self) -> str:
        parts = []
        if self.category:
            parts.append(translate("Errors", "category {name}").format(name=self.category))
        if self.type:
            parts.append(translate("Errors", "type {name}").format(name=self.type))
        if self.remaining is not None and self.limit is not None:
            parts.append(
                translate("Errors", "{remaining} of {limit} left").format(
                    remaining=self.remaining, limit=self.limit
                )
            )
        return ", ".join(parts)


class ApiError(ZoomDeskError):
    """Zoom answered an API call with an error (`{"code", "message", "errors"}`)."""

    hint = ""  # marked with translate_noop("Errors", …), shown translated

    def __init__(
        self,
        status: int,
        code: int | None,
        message: str,
        *,
        method: str = "",
        path: str = "",
        tracking_id: str | None = None,
        errors: tuple[FieldError, ...] = (),
        rate_limit: RateLimit | None = None,
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.method = method
        self.path = path
        self.tracking_id = tracking_id
        self.errors = errors
        self.rate_limit = rate_limit or RateLimit()
        super().__init__(self.summary())

    def summary(self) -> str:
        if self.method and self.code is not None:
            template = translate(
                "Errors", "{request} failed: HTTP {status}, Zoom code {code}: {message}"
            )
        elif self.method:
            template = translate("Errors", "{request} failed: HTTP {status}: {message}")
        elif self.code is not None:
            template = translate(
                "Errors", "Zoom request failed: HTTP {status}, Zoom code {code}: {message}"
            )
        else:
            template = translate("Errors", "Zoom request failed: HTTP {status}: {message}")
        line = template.format(
            request=f"{self.method} {self.path}",
            status=self.status,
            code=self.code,
            message=self.message,
        )
        if self.errors:
            line += " (" + "; ".join(f"{e.field}: {e.message}" for e in self.errors) + ")"
        if self.hint:
            line += f". {translate_marked('Errors', self.hint)}"
        return with_tracking_id(line, self.tracking_id)


class NotFoundError(ApiError):
    """404: the user (1001) or meeting (3001) does not exist, or is not in this account."""


class AuthError(ApiError):
    """401: the access token was refused (code 124), even after getting a fresh one."""

    hint = translate_noop(
        "Errors", "Zoom refused the access token; check the app is still activated"
    )


class ScopeError(ApiError):
    """The token lacks a scope this call needs (codes 4700, 4711, 104)."""

    hint = translate_noop(
        "Errors", "Add the missing scopes to the Server-to-Server app in the Zoom Marketplace"
    )


class PermissionError_(ApiError):
    """403 and other access refusals."""


class ValidationError(ApiError):
    """Zoom's validation failed (code 300), usually naming the fields in `errors`."""


class RateLimitError(ApiError):
    """429. `daily` limits are not waited for; `reset_at` says when they lift."""

    @property
    def daily(self) -> bool:
        kind = (self.rate_limit.type or "").lower()
        return "daily" in kind or "daily" in self.message.lower()

    @property
    def reset_at(self) -> datetime | None:
        return self.rate_limit.retry_after

    def summary(self) -> str:
        line = super().summary()
        if self.daily and self.reset_at:
            reset = dates().datetime(self.reset_at.astimezone(UTC))
            line += " " + translate("Errors", "Resets at {time} UTC.").format(time=reset)
        return line


class ServerError(ApiError):
    """5xx from Zoom or a proxy in front of it."""


# --- transport ------------------------------------------------------------------------------


# The kinds transport.classify gives, as a user reads them (the kind itself stays a code).
NETWORK_KINDS = {
    "dns": translate_noop("Errors", "dns"),
    "tls": translate_noop("Errors", "tls"),
    "proxy": translate_noop("Errors", "proxy"),
    "connect": translate_noop("Errors", "connect"),
    "connect timeout": translate_noop("Errors", "connect timeout"),
    "connection refused": translate_noop("Errors", "connection refused"),
    "pool timeout": translate_noop("Errors", "pool timeout"),
    "write timeout": translate_noop("Errors", "write timeout"),
    "read timeout": translate_noop("Errors", "read timeout"),
    "connection dropped": translate_noop("Errors", "connection dropped"),
    "connection reset": translate_noop("Errors", "connection reset"),
    "network": translate_noop("Errors", "network"),
}


class NetworkError(ZoomDeskError):
    """The request did not get an HTTP answer (DNS, refused, reset, TLS, proxy, timeout)."""

    def __init__(
        self, kind: str, detail: str, *, method: str = "", url: str = "", maybe_sent: bool = False
    ) -> None:
        self.kind = kind
        self.maybe_sent = maybe_sent
        self.detail = detail
        self.method = method
        self.url = url
        super().__init__(self.summary())

    def summary(self) -> str:
        kind = translate_marked("Errors", NETWORK_KINDS.get(self.kind, self.kind))
        if self.method:
            return translate("Errors", "Network error ({kind}): {request}: {detail}").format(
                kind=kind, request=f"{self.method} {self.url}", detail=self.detail
            )
        return translate("Errors", "Network error ({kind}): {detail}").format(
            kind=kind, detail=self.detail
        )


class OutcomeUnknownError(ZoomDeskError):
    """A create may have reached Zoom but no answer came back; retrying could duplicate it."""

    def __init__(self, cause: ZoomDeskError | str) -> None:
        self.cause = cause
        super().__init__(self.summary())

    def summary(self) -> str:
        return translate(
            "Errors",
            "The meeting may or may not have been created: the request was sent but no clear "
            "answer came back ({cause}). It was not retried, to avoid a duplicate; list the "
            "host's meetings to check.",
        ).format(cause=self.cause)


class BadResponseError(ZoomDeskError):
    """A response that is not the JSON Zoom sends: an HTML page from a proxy, a cut-off body."""

    def __init__(self, status: int, detail: str, *, tracking_id: str | None = None) -> None:
        self.status = status
        self.detail = detail
        self.tracking_id = tracking_id
        super().__init__(self.summary())

    def summary(self) -> str:
        line = translate("Errors", "Unexpected response (HTTP {status}): {detail}").format(
            status=self.status, detail=self.detail
        )
        return with_tracking_id(line, self.tracking_id)


# --- local ----------------------------------------------------------------------------------


@dataclass
class DraftInvalid(ZoomDeskError):
    """Local validation refused a draft before anything was sent."""

    problems: list[FieldError] = field(default_factory=list)

    def __str__(self) -> str:
        problems = "; ".join(f"{p.field}: {p.message}" for p in self.problems)
        return translate("Errors", "Invalid meeting: {problems}").format(problems=problems)


class CredentialsError(ZoomDeskError):
    """No usable credentials, or the keyring could not be used."""
