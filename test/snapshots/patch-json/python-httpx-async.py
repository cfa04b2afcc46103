import asyncio

import httpx

url = "{{baseUrl}}/v1/users/{{userId}}"

payload = '{"name": "{{newName}}", "active": true}'

headers = {
    "If-Match": "W/\"etag-1\"",
    "X-Request-Id": "{{requestId}}",
    "Content-Type": "application/json",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("PATCH", url, headers=headers, content=payload)
        print(response.text)


asyncio.run(main())
