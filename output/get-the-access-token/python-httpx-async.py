import asyncio

import httpx

url = "{{authPath}}/{{envID}}/as/token"

payload = 'grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}'

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("POST", url, headers=headers, content=payload)
        print(response.text)


asyncio.run(main())
