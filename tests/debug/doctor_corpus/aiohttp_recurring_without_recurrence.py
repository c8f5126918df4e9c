# expect: api-recurring-without-recurrence
import os

import aiohttp


async def create_series(session: aiohttp.ClientSession):
    async with session.post(
        "https://api.zoom.us/v2/users/me/meetings",
        json={
            "topic": "Weekly clinic",
            "type": 8,
            "start_time": "2026-09-07T16:00:00",
            "timezone": "America/Chicago",
        },
        headers={"Authorization": f"Bearer {os.environ['ZOOM_TOKEN']}"},
    ) as response:
        return await response.json()
