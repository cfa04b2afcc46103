import asyncio

import aiohttp

url = "{{baseUrl}}/objects"


async def main():
    form = aiohttp.FormData(quote_fields=False)
    # A content type makes FormData send multipart/form-data: text fields alone go urlencoded.
    form.add_field("__proto__", "f1", content_type="text/plain; charset=utf-8")
    form.add_field("constructor", "f2")
    form.add_field("prototype", "f3")
    form.add_field("toString", "f4")
    async with aiohttp.ClientSession() as session:
        async with session.request("POST", url, data=form) as response:
            print(await response.text())


asyncio.run(main())
