# expect: (none)
import asyncio
import os

import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.post(
            "https://zoom.us/oauth/token",
            data={"grant_type": "account_credentials", "account_id": os.environ["ZOOM_ACCOUNT_ID"]},
            auth=aiohttp.BasicAuth(os.environ["ZOOM_CLIENT_ID"], os.environ["ZOOM_CLIENT_SECRET"]),
        ) as response:
            token = (await response.json())["access_token"]
        async with session.get(
            "https://api.zoom.us/v2/users/me", headers={"Authorization": f"Bearer {token}"}
        ) as response:
            print(await response.json())


asyncio.run(main())
