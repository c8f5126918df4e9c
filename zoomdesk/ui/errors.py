"""Turning exceptions into words for the user (a sentence, with the technical detail one click
away), and the last-resort hooks that stop a traceback from ever being the user interface."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # asyncio is imported after the window is shown
    import asyncio

from zoomdesk.core.errors import (
    ApiError,
    CredentialsError,
    NetworkError,
    OutcomeUnknownError,
    RateLimitError,
    ScopeError,
    TokenError,
    ZoomDeskError,
)

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


def describe(error: BaseException) -> Problem:
    error = innermost(error)
    if isinstance(error, TokenError):
        return Problem(f"Zoom refused to sign in. {error.explanation}", error.summary())
    if isinstance(error, NetworkError):
        return Problem(f"Zoom could not be reached ({error.kind}).", error.summary())
    if isinstance(error, ScopeError):
        return Problem(
            f"The Zoom app lacks a permission (scope) for this: {error.message}. "
            "Add the scope to the Server-to-Server app in the Zoom Marketplace.",
            error.summary(),
        )
    if isinstance(error, RateLimitError):
        when = f" It resets at {error.reset_at:%H:%M} UTC." if error.reset_at else ""
        limit = "daily" if error.daily else "per-second"
        return Problem(f"Zoom's {limit} rate limit was reached.{when}", error.summary())
    if isinstance(error, ApiError):
        return Problem(f"Zoom answered: {error.message}", error.summary())
    if isinstance(error, OutcomeUnknownError | CredentialsError):
        return Problem(str(error.summary()), error.summary())
    if isinstance(error, ZoomDeskError):
        return Problem(error.summary(), error.summary())
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return Problem(
        f"Something unexpected went wrong ({type(error).__name__}: {error}). "
        "The details are in the log file.",
        details,
    )


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
