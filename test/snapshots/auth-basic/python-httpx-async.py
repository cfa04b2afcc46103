import asyncio

import httpx

url = "{{baseUrl}}/me"

headers = {
    "Authorization": "Basic YW5uOnBAc3M6d8O2cmQ=",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("GET", url, headers=headers)
        print(response.text)


asyncio.run(main())
