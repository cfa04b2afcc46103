import httpx

url = "{{baseUrl}}/v1/users?limit=10&page=2"

headers = {
    "Accept": "application/json",
}

response = httpx.request("GET", url, headers=headers)

print(response.text)
