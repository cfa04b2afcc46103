import asyncio

import aiohttp

url = "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10"

headers = {
    "X-API-Key": "{{api_key}}",
    "Cookie": "session={{session_id}}; api_key={{api_key}}",
    "X-Note": "\"; rm -rf ~; \"",
    "Authorization": "Bearer {{bearerAuth}}",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("GET", url, headers=headers) as response:
            print(await response.text())


asyncio.run(main())
