import asyncio

import httpx

url = "{{baseUrl}}/jobs/42/run"


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("POST", url)
        print(response.text)


asyncio.run(main())
