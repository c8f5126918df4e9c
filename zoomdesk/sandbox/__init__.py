"""A faithful local emulation of Zoom's Server-to-Server OAuth token endpoint and the Meetings API
slice zoomdesk uses: the app's demo mode, the tests' target, and a stand-in IT can run. Pure
stdlib, and never real Zoom (every response's Server header says so).

    with Sandbox() as box:                      # port 0: any free loopback port
        box.url                                 # token endpoint: box.url + "/oauth/token"
        box.api_base                            # box.url + "/v2"
        box.state.seed_bulk(10, 300)            # users and meetings: box.state.users / .meetings
        box.faults.add(Fault(kind="rate_limit_qps", path="^/v2/users$"))
        box.count("POST", "/oauth/token")       # what clients sent: box.requests

Other processes drive it over HTTP under /_sandbox (see admin.py)."""

from zoomdesk.sandbox.faults import Fault, FaultInjector
from zoomdesk.sandbox.server import Sandbox, serve_forever
from zoomdesk.sandbox.state import SandboxState, SandboxStateError
from zoomdesk.sandbox.wire import RecordedRequest

__all__ = [
    "Fault",
    "FaultInjector",
    "RecordedRequest",
    "Sandbox",
    "SandboxState",
    "SandboxStateError",
    "serve_forever",
]
