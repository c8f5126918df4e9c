# expect: token-per-call
import base64
import os

import requests


def get_token():
    pair = f"{os.environ['ZOOM_CLIENT_ID']}:{os.environ['ZOOM_CLIENT_SECRET']}"
    encoded = base64.b64encode(pair.encode()).decode()
    r = requests.post(
        "https://zoom.us/oauth/token",
        headers={"Authorization": f"Basic {encoded}"},
        data={"grant_type": "account_credentials", "account_id": os.environ["ZOOM_ACCOUNT_ID"]},
    )
    r.raise_for_status()
    return r.json()["access_token"]


def zoom_headers():
    return {"Authorization": f"Bearer {get_token()}", "Content-Type": "application/json"}


def get_meeting(meeting_id):
    r = requests.get(f"https://api.zoom.us/v2/meetings/{meeting_id}", headers=zoom_headers())
    r.raise_for_status()
    return r.json()
