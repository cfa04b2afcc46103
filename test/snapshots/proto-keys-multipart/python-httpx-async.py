import asyncio

import httpx

url = "{{baseUrl}}/objects"

files = [
    ("__proto__", (None, "f1")),
    ("constructor", (None, "f2")),
    ("prototype", (None, "f3")),
    ("toString", (None, "f4")),
]


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("POST", url, files=files)
        print(response.text)


asyncio.run(main())
