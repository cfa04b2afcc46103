import asyncio

import aiohttp

url = "{{baseUrl}}/notes"

payload = """

BODYBODY
  BODY2 indented
EOF
"""

headers = {
    "Content-Type": "text/plain",
}


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.request("POST", url, headers=headers, data=payload) as response:
            print(await response.text())


asyncio.run(main())
