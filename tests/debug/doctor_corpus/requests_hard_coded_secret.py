# expect: secret-in-source
import requests

CLIENT_ID = "xYz12AbCdEfGhIjK"
CLIENT_SECRET = "q8Lm3Nv0Rt6Wp2Ks9Hd4Fg1Zb7Xc5Ya"
ACCOUNT_ID = "AbC123xyz"

r = requests.post(
    "https://zoom.us/oauth/token",
    data={"grant_type": "account_credentials", "account_id": ACCOUNT_ID},
    auth=(CLIENT_ID, CLIENT_SECRET),
)
print(r.json()["access_token"][:8])
