import asyncio

import httpx

url = "{{baseUrl}}/upload"

files = [
    ("description", (None, "A text file")),
    ("document", ("upload.txt", open("upload.txt", "rb"), "text/plain")),
    ("after", (None, "file")),
]


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("POST", url, files=files)
        print(response.text)


asyncio.run(main())
