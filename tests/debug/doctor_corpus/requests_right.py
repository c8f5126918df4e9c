# expect: (none)
import os

import requests

response = requests.post(
    "https://zoom.us/oauth/token",
    data={"grant_type": "account_credentials", "account_id": os.environ["ZOOM_ACCOUNT_ID"]},
    auth=(os.environ["ZOOM_CLIENT_ID"], os.environ["ZOOM_CLIENT_SECRET"]),
    timeout=30,
)
response.raise_for_status()
token = response.json()["access_token"]

meeting = requests.post(
    "https://api.zoom.us/v2/users/me/meetings",
    json={
        "topic": "Parents' evening",
        "type": 2,
        "start_time": "2026-05-12T18:00:00",
        "timezone": "Europe/Paris",
        "duration": 90,
        "settings": {"waiting_room": True},
    },
    headers={"Authorization": f"Bearer {token}"},
    timeout=30,
)
meeting.raise_for_status()
print(meeting.json()["join_url"])
