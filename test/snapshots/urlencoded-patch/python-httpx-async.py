import asyncio

import httpx

url = "{{baseUrl}}/settings"

payload = 'theme=dark%20mode&tag=a%26b&tag=c'

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("PATCH", url, headers=headers, content=payload)
        print(response.text)


asyncio.run(main())
