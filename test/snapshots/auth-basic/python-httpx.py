import httpx

url = "{{baseUrl}}/me"

headers = {
    "Authorization": "Basic YW5uOnBAc3M6d8O2cmQ=",
}

response = httpx.request("GET", url, headers=headers)

print(response.text)
