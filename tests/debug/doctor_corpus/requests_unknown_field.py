# expect: api-unknown-field
import os

import requests

r = requests.post(
    "https://api.zoom.us/v2/users/me/meetings",
    json={
        "topic": "Clinic",
        "type": 2,
        "start_date": "2026-06-01T08:30:00",
        "timezone": "Europe/Madrid",
    },
    headers={"Authorization": f"Bearer {os.environ['ZOOM_TOKEN']}"},
)
