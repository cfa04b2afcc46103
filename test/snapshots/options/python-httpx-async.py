import asyncio

import httpx

url = "{{baseUrl}}/cors"

headers = {
    "Origin": "https://app.example.com",
    "Access-Control-Request-Method": "PUT",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("OPTIONS", url, headers=headers)
        print(response.text)


asyncio.run(main())
