"""What "Test connection" tells the user, in words: the token and its scopes, or exactly what
failed and what to do about it. Also the check on custom base URLs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from zoomdesk.core.errors import NetworkError, TokenError, ZoomDeskError
from zoomdesk.core.i18n import translate
from zoomdesk.core.scopes import (
    describe_missing,
    is_classic,
    minimal_scopes,
    missing_scopes,
    unused_scopes,
)
from zoomdesk.core.tokens import AccessToken, Credentials, TokenProvider
from zoomdesk.ui.errors import describe

if TYPE_CHECKING:
    from zoomdesk.core.transport import Sender

LOOPBACK = ("localhost", "127.0.0.1", "::1")


def url_problem(text: str, *, required: bool) -> str | None:
    if not text:
        return translate("ConnectionReport", "Enter a URL.") if required else None
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return translate("ConnectionReport", "Enter a full URL, like https://zoom.us.")
    if parts.scheme == "http" and parts.hostname not in LOOPBACK:
        return translate(
            "ConnectionReport", "Use https:// (plain http is only allowed for this computer)."
        )
    return None


async def test_report(sender: Sender, credentials: Credentials) -> tuple[str, bool]:
    """ "Test connection": a fresh token provider, so a cached token cannot pass for a
    successful test; the app's sender, so the exchange shows in the debug panel. The report,
    and whether it is good news."""
    try:
        token = await TokenProvider(sender, credentials).get()
    except ZoomDeskError as error:
        return failure_report(error, credentials.oauth_url), False
    return token_report(token), not missing_scopes(token.scopes)


def token_report(token: AccessToken) -> str:
    minutes = max(token.expires_in // 60, 0)
    scopes = ", ".join(token.scopes) or translate("ConnectionReport", "none")
    lines = [
        translate(
            "ConnectionReport",
            "Connected. Zoom issued an access token valid for %n minute(s).",
            minutes,
        ),
        translate("ConnectionReport", "Scopes granted: {scopes}").format(scopes=scopes),
        describe_missing(token.scopes),
    ]
    if advice := least_privilege(token.scopes):
        lines += ["", advice]
    return "\n".join(lines)


def least_privilege(granted: Sequence[str]) -> str:
    """The scopes zoomdesk never uses, with the advice to remove them and the fewest that do
    the job: the secret on this desktop carries every scope of the app (issue 19)."""
    unused = unused_scopes(granted)
    if not unused:
        return ""
    classic = is_classic(granted)
    browse = " ".join(minimal_scopes("browse", classic=classic))
    schedule = " ".join(minimal_scopes("schedule", classic=classic))
    advice = translate(
        "ConnectionReport",
        "Not used by zoomdesk: {scopes}. Anyone who gets hold of this app's secret "
        "gets that power too, for nothing: ask your Zoom admin to remove these scopes from the "
        "app in the Zoom App Marketplace.",
    ).format(scopes=" ".join(unused))
    fewest = translate(
        "ConnectionReport",
        "The fewest scopes — to browse meetings: {browse}; to schedule them: {schedule}.",
    ).format(browse=browse, schedule=schedule)
    return f"{advice}\n{fewest}"


def failure_report(error: ZoomDeskError, oauth_url: str) -> str:
    """Staff words first; the technical text under "Details" for whoever helps them."""
    details = translate("ConnectionReport", "Details: {details}").format(details=error.summary())
    if isinstance(error, TokenError):
        text = translate("ConnectionReport", "Zoom refused: {explanation}")
        return f"{text.format(explanation=error.explanation)}\n\n{details}"
    if isinstance(error, NetworkError):
        text = translate("ConnectionReport", "Could not reach {url}. {problem}").format(
            url=oauth_url, problem=describe(error).message
        )
        return f"{text}\n\n{details}"
    return f"{describe(error).message}\n\n{details}"
