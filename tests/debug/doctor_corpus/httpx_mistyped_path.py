# expect: api-unknown-path
import os

import httpx

with httpx.Client(headers={"Authorization": f"Bearer {os.environ['ZOOM_TOKEN']}"}) as client:
    me = client.get("https://api.zoom.us/v2/user/me/settings")
    print(me.json())
