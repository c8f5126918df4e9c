# expect: api-wrong-method
import os

import httpx

response = httpx.put(
    "https://api.zoom.us/v2/meetings/85746065432",
    json={"topic": "Moved", "start_time": "2026-08-03T11:00:00", "timezone": "Australia/Sydney"},
    headers={"Authorization": f"Bearer {os.environ['ZOOM_TOKEN']}"},
)
