import asyncio

import httpx

url = "{{baseUrl}}/items"

payload = '{"ids": [1, 2, 3]}'

headers = {
    "Content-Type": "application/json",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("DELETE", url, headers=headers, content=payload)
        print(response.text)


asyncio.run(main())
