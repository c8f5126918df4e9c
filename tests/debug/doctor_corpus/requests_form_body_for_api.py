# expect: api-body-not-json
import os

import requests

headers = {"Authorization": "Bearer " + os.environ["ZOOM_TOKEN"]}
r = requests.patch(
    "https://api.zoom.us/v2/meetings/85746065432",
    data={"topic": "Renamed", "duration": 30},
    headers=headers,
)
print(r.status_code)
