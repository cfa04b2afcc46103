import httpx

url = "{{baseUrl}}/v1/config"

payload = '{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}'

headers = {
    "Content-Type": "application/json",
}

response = httpx.request("PUT", url, headers=headers, content=payload)

print(response.text)
