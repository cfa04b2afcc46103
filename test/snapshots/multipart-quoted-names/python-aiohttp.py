import asyncio

import aiohttp

url = "{{baseUrl}}/upload"


async def main():
    form = aiohttp.FormData(quote_fields=False)
    form.add_field("say %22hi%22", "one")
    form.add_field("a\\b%22c%22", "two")
    form.add_field("doc %22main%22", open("upload.txt", "rb"), filename="upload.txt", content_type="text/plain")
    form.add_field("quoted file", open("q\"uote.txt", "rb"), filename="q%22uote.txt")
    async with aiohttp.ClientSession() as session:
        async with session.request("POST", url, data=form) as response:
            print(await response.text())


asyncio.run(main())
