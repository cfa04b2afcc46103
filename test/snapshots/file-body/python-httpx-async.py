import asyncio
from pathlib import Path

import httpx

url = "{{baseUrl}}/blobs/upload.txt"

headers = {
    "Content-Type": "application/octet-stream",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("PUT", url, headers=headers, content=Path("upload.txt").read_bytes())
        print(response.text)


asyncio.run(main())
