import asyncio

import httpx

url = "{{baseUrl}}/search"

payload = '{"query": {"match_all": {}}}'

headers = {
    "Content-Type": "application/json",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("GET", url, headers=headers, content=payload)
        print(response.text)


asyncio.run(main())
