import asyncio

import aiohttp

url = "{{baseUrl}}/blobs/upload.txt"

headers = {
    "Content-Type": "application/octet-stream",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("PUT", url, headers=headers, data=open("upload.txt", "rb")) as response:
            print(await response.text())


asyncio.run(main())
