import asyncio

import aiohttp

url = "{{baseUrl}}/upload"


async def main():
    form = aiohttp.FormData(quote_fields=False)
    form.add_field("title", "Hello")
    form.add_field("bio", "line 1\nline 2\r\nline 3")
    form.add_field("name", "Zoë 😀")
    form.add_field("tag", "a")
    form.add_field("tag", "b")
    form.add_field("meta", "{\"k\":\"v\"}", content_type="application/json")
    form.add_field("danger", "\"; $(id) #{x} \\(y) '")
    async with aiohttp.ClientSession() as session:
        async with session.request("POST", url, data=form) as response:
            print(await response.text())


asyncio.run(main())
