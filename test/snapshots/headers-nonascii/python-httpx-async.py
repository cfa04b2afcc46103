import asyncio

import httpx

url = "{{baseUrl}}/i18n"

headers = {
    "X-Name": "Zoë ✓ 😀".encode(),
    "X-Latin": "café".encode(),
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("GET", url, headers=headers)
        print(response.text)


asyncio.run(main())
