import asyncio

import aiohttp

url = "{{baseUrl}}/graphql"

payload = '{"query":"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}","variables":{"id":"1000","note":"café #{x}"}}'

headers = {
    "Content-Type": "application/json",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("POST", url, headers=headers, data=payload) as response:
            print(await response.text())


asyncio.run(main())
