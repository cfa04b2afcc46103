import asyncio

import aiohttp

url = "{{baseUrl}}/profile"

headers = {
    "X-Request-Id": "42",
}


async def main():
    form = aiohttp.FormData(quote_fields=False)
    form.add_field("name", "Ada")
    form.add_field("tag", "a")
    form.add_field("tag", "b")
    form.add_field("avatar", open("upload.txt", "rb"), filename="upload.txt", content_type="text/plain")
    async with aiohttp.ClientSession() as session:
        async with session.request("PUT", url, headers=headers, data=form) as response:
            print(await response.text())


asyncio.run(main())
