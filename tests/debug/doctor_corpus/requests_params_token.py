# expect: token-params-in-query
import os

import requests

url = "https://zoom.us/oauth/token"
params = {"grant_type": "account_credentials", "account_id": os.getenv("ZOOM_ACCOUNT_ID")}
auth = (os.getenv("ZOOM_CLIENT_ID"), os.getenv("ZOOM_CLIENT_SECRET"))
r = requests.post(url, params=params, auth=auth)
print(r.json())
