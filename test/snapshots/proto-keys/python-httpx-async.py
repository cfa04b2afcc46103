import asyncio

import httpx

url = "{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4"

payload = '__proto__=f1&constructor=f2&prototype=f3&valueOf=f4'

headers = {
    "__proto__": "h1",
    "constructor": "h2",
    "prototype": "h3",
    "toString": "h4",
    "Content-Type": "application/x-www-form-urlencoded",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("POST", url, headers=headers, content=payload)
        print(response.text)


asyncio.run(main())
