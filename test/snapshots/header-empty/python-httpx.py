import httpx

url = "{{baseUrl}}/empty"

headers = {
    "X-Empty": "",
    "X-After": "set",
}

response = httpx.request("GET", url, headers=headers)

print(response.text)
