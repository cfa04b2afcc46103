import asyncio

import httpx

url = "{{baseUrl}}/graphql"

payload = '{"query":"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}","variables":{"id":"1000","note":"café #{x}"}}'

headers = {
    "Content-Type": "application/json",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("POST", url, headers=headers, content=payload)
        print(response.text)


asyncio.run(main())
