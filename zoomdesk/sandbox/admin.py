"""`/_sandbox/…`: an HTTP interface to drive the sandbox from curl or another process (faults,
reset, bulk data, token expiry, the request log). Not a Zoom API and never faulted itself.

It needs no credentials, like the rest of the sandbox: it is a local tool, and Sandbox.start()
warns when it is reachable from other machines."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from zoomdesk.sandbox.faults import Fault
from zoomdesk.sandbox.wire import (
    RecordedRequest,
    Request,
    Response,
    json_response,
    read_json,
    whole_number,
)

if TYPE_CHECKING:
    from zoomdesk.sandbox.server import Sandbox

PREFIX = "/_sandbox"
_MAX_SEEDED = 500_000  # meetings per seed call: enough for load tests, not enough to exhaust RAM
_BODY_PREVIEW = 2000


def handle_admin(request: Request, sandbox: Sandbox) -> Response:
    action = (request.method, request.path.removeprefix(PREFIX).rstrip("/") or "/")
    state = sandbox.state
    if action == ("GET", "/"):
        return json_response(
            200,
            {
                "sandbox": "zoomdesk",
                "real_zoom": False,
                "oauth_token_url": f"{sandbox.url}/oauth/token",
                "api_base": sandbox.api_base,
                "users": len(state.users),
                "meetings": len(state.meetings),
                "faults": sandbox.faults.to_json(),
            },
        )
    if action == ("GET", "/faults"):
        return json_response(200, {"faults": sandbox.faults.to_json()})
    if action == ("POST", "/faults"):
        try:
            fault = Fault.from_json(_json(request))
        except ValueError as error:
            return _error(400, str(error))
        sandbox.faults.add(fault)
        return json_response(201, {"fault": fault.to_json()})
    if action == ("DELETE", "/faults"):
        sandbox.faults.clear()
        return Response(204)
    if action == ("POST", "/reset"):
        sandbox.faults.clear()
        state.reset()
        return json_response(200, _counts(sandbox))
    if action == ("POST", "/seed"):
        return _seed(request, sandbox)
    if action == ("POST", "/tokens/expire"):
        return json_response(200, {"expired": state.expire_all_tokens()})
    if action == ("POST", "/tokens/revoke"):
        return json_response(200, {"revoked": state.revoke_all_tokens()})
    if action == ("GET", "/requests"):
        limit = whole_number(request.param("limit") or "100")
        if limit is None:
            return _error(400, "limit must be a whole number")
        recent = sandbox.requests[-limit:] if limit else []
        return json_response(200, {"requests": [summarize(r) for r in recent]})
    known = {"/", "/faults", "/reset", "/seed", "/tokens/expire", "/tokens/revoke", "/requests"}
    if action[1] in known:
        return _error(405, f"{request.method} is not supported on {request.path}")
    return _error(404, f"no sandbox admin endpoint at {request.path}")


def summarize(recorded: RecordedRequest) -> dict[str, Any]:
    """A request for display, with credentials redacted (the scheme stays visible, since which
    scheme was sent is often the bug)."""
    headers = {}
    for name, value in recorded.headers.items():
        if name.lower() in ("authorization", "proxy-authorization", "cookie"):
            scheme = value.split(" ", 1)[0] if " " in value else ""
            value = f"{scheme} [redacted]".strip()
        headers[name] = value
    query = {k: ("[redacted]" if k == "access_token" else v) for k, v in recorded.query.items()}
    summary: dict[str, Any] = {
        "time": recorded.time,
        "method": recorded.method,
        "path": recorded.path,
        "query": query,
        "headers": headers,
        "body_bytes": len(recorded.body),
    }
    if recorded.body and not recorded.path.startswith("/oauth/"):
        summary["body"] = recorded.body[:_BODY_PREVIEW].decode("utf-8", "replace")
    return summary


def _seed(request: Request, sandbox: Sandbox) -> Response:
    try:
        data = _json(request)
    except ValueError as error:
        return _error(400, str(error))
    users = data.get("users", 10) if isinstance(data, dict) else None
    per_user = data.get("meetings_per_user", 30) if isinstance(data, dict) else None
    if not all(
        isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in (users, per_user)
    ):
        return _error(400, 'expected {"users": <count>, "meetings_per_user": <count>}')
    assert isinstance(users, int) and isinstance(per_user, int)
    if users > _MAX_SEEDED or users * per_user > _MAX_SEEDED:
        return _error(400, f"at most {_MAX_SEEDED} meetings per seed call")
    sandbox.state.seed_bulk(users, per_user)
    return json_response(200, _counts(sandbox))


def _counts(sandbox: Sandbox) -> dict[str, int]:
    return {"users": len(sandbox.state.users), "meetings": len(sandbox.state.meetings)}


def _json(request: Request) -> Any:
    if not request.body.strip():
        return {}
    try:
        return read_json(request.body)
    except ValueError as error:
        raise ValueError(f"the body is not JSON: {error}") from error


def _error(status: int, message: str) -> Response:
    return json_response(status, {"error": message})
