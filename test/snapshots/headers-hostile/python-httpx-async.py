import asyncio

import httpx

url = "{{baseUrl}}/echo"

headers = {
    "X-Shell": "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s",
    "X-Quotes": "'single' \"double\" `back` \\back\\slash\\",
    "X-Interp": "#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}",
    "X-Comment": "*/ /* // # -- <!-- ?>",
}


async def main():
    async with httpx.AsyncClient() as client:
        response = await client.request("GET", url, headers=headers)
        print(response.text)


asyncio.run(main())
