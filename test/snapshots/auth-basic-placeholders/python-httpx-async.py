import asyncio

import httpx

url = "{{baseUrl}}/pets"

payload = '{"name": "{{petName}}", "tag": "dog"}'

headers = {
    "Content-Type": "application/json",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("POST", url, headers=headers, content=payload, auth=("{{basicAuthUsername}}", "{{basicAuthPassword}}"))
        print(response.text)


asyncio.run(main())
