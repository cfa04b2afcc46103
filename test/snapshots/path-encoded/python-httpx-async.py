import asyncio

import httpx

url = "{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/"


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("GET", url)
        print(response.text)


asyncio.run(main())
