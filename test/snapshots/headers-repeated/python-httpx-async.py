import asyncio

import httpx

url = "{{baseUrl}}/tags"

headers = [
    ("X-Tag", "alpha"),
    ("Accept", "text/plain"),
    ("X-Tag", "beta"),
    ("X-Tag", "gamma"),
]


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("GET", url, headers=headers)
        print(response.text)


asyncio.run(main())
