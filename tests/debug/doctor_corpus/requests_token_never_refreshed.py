# expect: token-never-refreshed
import os

import requests


class ZoomClient:
    def __init__(self):
        r = requests.post(
            "https://zoom.us/oauth/token",
            data={"grant_type": "account_credentials", "account_id": os.environ["ZOOM_ACCOUNT_ID"]},
            auth=(os.environ["ZOOM_CLIENT_ID"], os.environ["ZOOM_CLIENT_SECRET"]),
        )
        self.token = r.json()["access_token"]

    def get_user(self, user_id):
        r = requests.get(
            f"https://api.zoom.us/v2/users/{user_id}",
            headers={"Authorization": f"Bearer {self.token}"},
        )
        r.raise_for_status()
        return r.json()
