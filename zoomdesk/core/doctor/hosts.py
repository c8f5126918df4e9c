"""Which hosts a Zoom token request or API call should go to."""

from __future__ import annotations

import ipaddress
import re

OAUTH_HOSTS = ("zoom.us", "zoomgov.com")
# Regional API hosts come back in the token's api_url, e.g. https://api-eu.zoom.us.
_API_HOST = re.compile(r"^api(-[a-z0-9]+)?\.(zoom\.us|zoomgov\.com)$")


def is_local(host: str) -> bool:
    """Loopback or private addresses: the sandbox, a local mock, a test server."""
    if host in ("localhost", "") or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return address.is_loopback or address.is_private


def is_zoom(host: str) -> bool:
    return host in OAUTH_HOSTS or host.endswith((".zoom.us", ".zoomgov.com"))


def is_api_host(host: str) -> bool:
    return bool(_API_HOST.match(host))


def oauth_host_for(host: str) -> str:
    return "zoomgov.com" if host.endswith("zoomgov.com") else "zoom.us"


def api_host_for(host: str) -> str:
    return "api.zoomgov.com" if host.endswith("zoomgov.com") else "api.zoom.us"
