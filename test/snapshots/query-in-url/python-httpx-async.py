import asyncio

import httpx

url = "{{baseUrl}}/items?q=a%20b&plus=%2B&raw=%2B&discount=100%25&empty=&flag=&utf=%C3%A9t%C3%A9&r=1&r=2"


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("GET", url)
        print(response.text)


asyncio.run(main())
