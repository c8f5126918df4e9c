# expect: (none)
import os
import time

import httpx

_token = {"value": None, "expires_at": 0.0}


async def access_token(client: httpx.AsyncClient) -> str:
    if _token["value"] and time.monotonic() < _token["expires_at"] - 300:
        return _token["value"]
    response = await client.post(
        "https://zoom.us/oauth/token",
        data={"grant_type": "account_credentials", "account_id": os.environ["ZOOM_ACCOUNT_ID"]},
        auth=(os.environ["ZOOM_CLIENT_ID"], os.environ["ZOOM_CLIENT_SECRET"]),
    )
    response.raise_for_status()
    body = response.json()
    _token.update(value=body["access_token"], expires_at=time.monotonic() + body["expires_in"])
    return _token["value"]


async def create(client: httpx.AsyncClient, topic: str) -> dict:
    token = await access_token(client)
    response = await client.post(
        "https://api.zoom.us/v2/users/me/meetings",
        json={"topic": topic, "type": 2, "start_time": "2026-07-01T09:00:00Z", "duration": 30},
        headers={"Authorization": f"Bearer {token}"},
    )
    if response.status_code == 401:
        _token["value"] = None
    response.raise_for_status()
    return response.json()
