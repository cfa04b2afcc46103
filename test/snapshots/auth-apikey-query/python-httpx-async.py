import asyncio

import httpx

url = "{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc"


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("GET", url)
        print(response.text)


asyncio.run(main())
