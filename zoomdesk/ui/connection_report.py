"""What "Test connection" tells the user, in words: the token and its scopes, or exactly what
failed and what to do about it. Also the check on custom base URLs."""

from __future__ import annotations

from urllib.parse import urlsplit

from zoomdesk.core.errors import NetworkError, TokenError, ZoomDeskError
from zoomdesk.core.scopes import describe_missing
from zoomdesk.core.tokens import AccessToken
from zoomdesk.ui.errors import describe

LOOPBACK = ("localhost", "127.0.0.1", "::1")


def url_problem(text: str, *, required: bool) -> str | None:
    if not text:
        return "Enter a URL." if required else None
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "Enter a full URL, like https://zoom.us."
    if parts.scheme == "http" and parts.hostname not in LOOPBACK:
        return "Use https:// (plain http is only allowed for this computer)."
    return None


def token_report(token: AccessToken) -> str:
    minutes = max(token.expires_in // 60, 0)
    scopes = ", ".join(token.scopes) or "none"
    return "\n".join(
        (
            f"Connected. Zoom issued an access token valid for {minutes} minutes.",
            f"Scopes granted: {scopes}",
            describe_missing(token.scopes),
        )
    )


def failure_report(error: ZoomDeskError, oauth_url: str) -> str:
    """Staff words first; the technical text under "Details" for whoever helps them."""
    if isinstance(error, TokenError):
        return f"Zoom refused: {error.explanation}\n\nDetails: {error.summary()}"
    if isinstance(error, NetworkError):
        words = describe(error).message
        return f"Could not reach {oauth_url}. {words}\n\nDetails: {error.summary()}"
    return f"{describe(error).message}\n\nDetails: {error.summary()}"
