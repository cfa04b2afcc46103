import asyncio

import httpx

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
    async with httpx.AsyncClient() as client:
        response = await client.request("POST", url, headers=headers, content=payload)
        print(response.text)


asyncio.run(main())
