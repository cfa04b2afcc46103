import asyncio

import httpx

url = "{{baseUrl}}/settings"

payload = ''

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
    "X-Keep": "yes",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("PUT", url, headers=headers, content=payload)
        print(response.text)


asyncio.run(main())
