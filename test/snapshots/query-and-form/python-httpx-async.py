import asyncio

import httpx

url = "{{baseUrl}}/login?next=/home&lang=en"

payload = 'user=ann%40example.com&pass=p%40ss%20w0rd%26'

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("POST", url, headers=headers, content=payload)
        print(response.text)


asyncio.run(main())
