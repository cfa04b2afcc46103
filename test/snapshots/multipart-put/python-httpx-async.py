import asyncio

import httpx

url = "{{baseUrl}}/profile"

files = [
    ("name", (None, "Ada")),
    ("tag", (None, "a")),
    ("tag", (None, "b")),
    ("avatar", ("upload.txt", open("upload.txt", "rb"), "text/plain")),
]

headers = {
    "X-Request-Id": "42",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("PUT", url, headers=headers, files=files)
        print(response.text)


asyncio.run(main())
