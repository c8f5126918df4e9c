# expect: (none)
import os
import time

import requests

session = requests.Session()
session.headers.update({"Accept": "application/json"})
_token = {"value": None, "expires_at": 0.0}


def token() -> str:
    if _token["value"] is None or time.time() > _token["expires_at"] - 300:
        r = session.post(
            "https://zoom.us/oauth/token",
            data={"grant_type": "account_credentials", "account_id": os.environ["ZOOM_ACCOUNT_ID"]},
            auth=(os.environ["ZOOM_CLIENT_ID"], os.environ["ZOOM_CLIENT_SECRET"]),
            timeout=30,
        )
        r.raise_for_status()
        body = r.json()
        _token.update(value=body["access_token"], expires_at=time.time() + body["expires_in"])
    return _token["value"]


def all_users() -> list[dict]:
    users, next_page_token = [], ""
    while True:
        r = session.get(
            "https://api.zoom.us/v2/users",
            params={"page_size": 300, "next_page_token": next_page_token},
            headers={"Authorization": f"Bearer {token()}"},
            timeout=30,
        )
        if r.status_code == 429:
            time.sleep(int(r.headers.get("Retry-After", "1")))
            continue
        r.raise_for_status()
        page = r.json()
        users += page["users"]
        next_page_token = page.get("next_page_token")
        if not next_page_token:
            return users
