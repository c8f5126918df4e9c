"""Turning exceptions into words for the user (a sentence, with the technical detail one click
away), and the last-resort hooks that stop a traceback from ever being the user interface."""

from __future__ import annotations

import logging
import re
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # asyncio is imported after the window is shown
    import asyncio

from zoomdesk.core.errors import (
    ApiError,
    CredentialsError,
    NetworkError,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitError,
    ScopeError,
    TokenError,
    ZoomDeskError,
)
from zoomdesk.core.i18n import dates, translate, translate_marked, translate_noop

log = logging.getLogger("zoomdesk.ui")


@dataclass(frozen=True)
class Problem:
    message: str  # one or two sentences for anyone
    details: str  # what support needs: status, codes, tracking id, or a traceback


def innermost(error: BaseException) -> BaseException:
    """The first real error inside an exception group (asyncio.TaskGroup wraps failures)."""
    while isinstance(error, BaseExceptionGroup) and error.exceptions:
        error = error.exceptions[0]
    return error


# What happened on the way to Zoom, in words for office staff; NetworkError.kind is the key.
# Shown with translate_marked("ErrorDialogs", …) (describe).
NETWORK_WORDS = {
    "dns": translate_noop(
        "ErrorDialogs",
        "This computer could not find Zoom's server. Check that it is online; for a "
        "custom profile, check the address in the profile.",
    ),
    "connection refused": translate_noop(
        "ErrorDialogs",
        "Nothing answered at the server's address. For a custom profile, check the "
        "address and port in the profile.",
    ),
    "connect": translate_noop(
        "ErrorDialogs",
        "This computer could not connect to Zoom. Check that it is online.",
    ),
    "tls": translate_noop(
        "ErrorDialogs",
        "The connection to Zoom was not trusted. A company network may be inspecting "
        "secure connections: ask your IT team.",
    ),
    "proxy": translate_noop(
        "ErrorDialogs",
        "The proxy server refused the connection to Zoom. Ask your IT team to check the "
        "proxy settings.",
    ),
    "connect timeout": translate_noop(
        "ErrorDialogs",
        "Zoom did not answer in time. Check that this computer is online; a firewall may "
        "be in the way.",
    ),
    "read timeout": translate_noop(
        "ErrorDialogs",
        "Zoom stopped answering part-way. Try again in a moment.",
    ),
    "write timeout": translate_noop(
        "ErrorDialogs",
        "The request to Zoom could not be sent in time. Try again in a moment.",
    ),
    "connection dropped": translate_noop(
        "ErrorDialogs",
        "The connection to Zoom broke off. Try again in a moment.",
    ),
    "connection reset": translate_noop(
        "ErrorDialogs",
        "The connection to Zoom broke off. Try again in a moment.",
    ),
}
NETWORK_DEFAULT = translate_noop(
    "ErrorDialogs",
    "Zoom could not be reached. Check that this computer is online, then try again.",
)
KEYRING_WORDS = {
    "KeyringUnavailable": translate_noop(
        "ErrorDialogs",
        "This computer has no password store (keyring) zoomdesk can use to keep the "
        "client secret. Ask your IT team to set one up, or use the secret for this "
        "session only.",
    ),
    "KeyringLocked": translate_noop(
        "ErrorDialogs",
        "The password store (keyring) is locked. Unlock it, then try again.",
    ),
    "KeyringTimeout": translate_noop(
        "ErrorDialogs",
        "The password store (keyring) did not answer; it may be waiting for you to unlock "
        "it. Unlock it, then try again.",
    ),
}


def describe(error: BaseException) -> Problem:
    """What happened and what to do, in staff words; the technical text goes in `details`."""
    error = innermost(error)
    if isinstance(error, TokenError):
        text = translate("ErrorDialogs", "Zoom refused to sign in. {explanation}")
        return Problem(text.format(explanation=error.explanation), error.summary())
    if isinstance(error, NetworkError):
        words = NETWORK_WORDS.get(network_kind(error), NETWORK_DEFAULT)
        return Problem(translate_marked("ErrorDialogs", words), error.summary())
    if isinstance(error, ScopeError):
        return Problem(
            translate(
                "ErrorDialogs",
                "The Zoom app lacks a permission (scope) for this: {scope}. "
                "Add the scope to the Server-to-Server app in the Zoom Marketplace.",
            ).format(scope=error.message),
            error.summary(),
        )
    if isinstance(error, RateLimitError):
        return Problem(rate_limit_text(error), error.summary())
    if isinstance(error, ApiError):
        text = translate("ErrorDialogs", "Zoom answered: {message}")
        return Problem(text.format(message=error.message), error.summary())
    if isinstance(error, CredentialsError):
        keyring = KEYRING_WORDS.get(type(error).__name__)
        shown = translate_marked("ErrorDialogs", keyring) if keyring else error.summary()
        return Problem(shown, error.summary())
    if isinstance(error, OutcomeUnknownError):
        return Problem(str(error.summary()), error.summary())
    if isinstance(error, ZoomDeskError):
        return Problem(error.summary(), error.summary())
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return Problem(
        translate(
            "ErrorDialogs",
            "Something unexpected went wrong. Try again; if it keeps happening, send the details "
            "(or the log file) to your IT team.",
        ),
        details,
    )


def rate_limit_text(error: RateLimitError) -> str:
    """Whole sentences per case: the word order of "daily" and the time differs by language."""
    if error.reset_at is None:
        if error.daily:
            return translate("ErrorDialogs", "Zoom's daily rate limit was reached.")
        return translate("ErrorDialogs", "Zoom's per-second rate limit was reached.")
    when = dates().time(error.reset_at.astimezone(UTC))
    if error.daily:
        text = translate(
            "ErrorDialogs", "Zoom's daily rate limit was reached. It resets at {time} UTC."
        )
    else:
        text = translate(
            "ErrorDialogs", "Zoom's per-second rate limit was reached. It resets at {time} UTC."
        )
    return text.format(time=when)


def network_kind(error: NetworkError) -> str:
    """The OS-level reason, which httpx's message ("All connection attempts failed") hides."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, TimeoutError) and error.kind == "connect":
            return "connect timeout"
        cause = cause.__cause__ or cause.__context__
    return error.kind


def gone_meeting(error: BaseException) -> int | None:
    """The meeting Zoom says does not exist (404, code 3001), e.g. deleted elsewhere."""
    error = innermost(error)
    if not isinstance(error, NotFoundError) or error.code != 3001:
        return None
    found = re.search(r"/meetings/(\d+)", error.path)
    return int(found.group(1)) if found else None


Reporter = Callable[[BaseException], None]


def install_hooks(loop: asyncio.AbstractEventLoop, report: Reporter) -> Callable[[], None]:
    """Route uncaught exceptions (qasync async slots end in sys.excepthook) and orphaned task
    errors to `report`. Returns a function that restores the previous hooks."""
    previous_hook = sys.excepthook
    previous_handler = loop.get_exception_handler()

    def excepthook(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(error, KeyboardInterrupt):
            previous_hook(kind, error, tb)
            return
        log.error("uncaught exception", exc_info=(kind, error, tb))
        _safe(report, error)

    def handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        import asyncio

        error = context.get("exception")
        if isinstance(error, asyncio.CancelledError):
            return
        log.error("asyncio: %s", context.get("message", ""), exc_info=error)
        if isinstance(error, BaseException):
            _safe(report, error)

    sys.excepthook = excepthook
    loop.set_exception_handler(handler)

    def restore() -> None:
        sys.excepthook = previous_hook
        loop.set_exception_handler(previous_handler)

    return restore


def _safe(report: Reporter, error: BaseException) -> None:
    """A reporter that fails must not recurse into the hook that called it."""
    try:
        report(error)
    except Exception:  # pragma: no cover - last resort
        log.exception("could not report an error to the user")
