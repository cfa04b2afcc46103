import asyncio

import httpx

url = "{{baseUrl}}/notes"

payload = 'line one\r\nline two\r\n'

headers = {
    "Content-Type": "text/plain",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("POST", url, headers=headers, content=payload)
        print(response.text)


asyncio.run(main())
