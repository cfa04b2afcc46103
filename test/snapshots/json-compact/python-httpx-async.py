import asyncio

import httpx

url = "{{baseUrl}}/v1/config"

payload = '{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}'

headers = {
    "Content-Type": "application/json",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("PUT", url, headers=headers, content=payload)
        print(response.text)


asyncio.run(main())
