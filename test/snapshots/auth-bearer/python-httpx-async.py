import asyncio

import httpx

url = "{{baseUrl}}/me"

headers = {
    "Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("GET", url, headers=headers)
        print(response.text)


asyncio.run(main())
