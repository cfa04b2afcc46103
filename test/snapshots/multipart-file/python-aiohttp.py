import asyncio

import aiohttp

url = "{{baseUrl}}/upload"


async def main():
    form = aiohttp.FormData(quote_fields=False)
    form.add_field("description", "A text file")
    form.add_field("document", open("upload.txt", "rb"), filename="upload.txt", content_type="text/plain")
    form.add_field("after", "file")
    async with aiohttp.ClientSession() as session:
        async with session.request("POST", url, data=form) as response:
            print(await response.text())


asyncio.run(main())
