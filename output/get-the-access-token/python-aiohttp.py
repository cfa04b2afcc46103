import asyncio

import aiohttp

url = "{{authPath}}/{{envID}}/as/token"

payload = 'grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}'

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("POST", url, headers=headers, data=payload) as response:
            print(await response.text())


asyncio.run(main())
