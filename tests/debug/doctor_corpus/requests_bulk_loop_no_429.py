# expect: no-429-handling
import csv
import os

import requests

token = requests.post(
    "https://zoom.us/oauth/token",
    data={"grant_type": "account_credentials", "account_id": os.environ["ZOOM_ACCOUNT_ID"]},
    auth=(os.environ["ZOOM_CLIENT_ID"], os.environ["ZOOM_CLIENT_SECRET"]),
).json()["access_token"]

with open("classes.csv", newline="") as handle:
    for row in csv.DictReader(handle):
        r = requests.post(
            f"https://api.zoom.us/v2/users/{row['teacher']}/meetings",
            json={
                "topic": row["topic"],
                "type": 2,
                "start_time": row["start"],
                "timezone": "Asia/Tokyo",
            },
            headers={"Authorization": f"Bearer {token}"},
        )
        print(row["topic"], r.status_code)
