import httpx

url = "{{baseUrl}}/reports"

headers = {
    "X-API-Key": "k3y$#{x}",
}

response = httpx.request("GET", url, headers=headers)

print(response.text)
