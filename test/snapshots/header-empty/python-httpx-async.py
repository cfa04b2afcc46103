import asyncio

import httpx

url = "{{baseUrl}}/empty"

headers = {
    "X-Empty": "",
    "X-After": "set",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("GET", url, headers=headers)
        print(response.text)


asyncio.run(main())
