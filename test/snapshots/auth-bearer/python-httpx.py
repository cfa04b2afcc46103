import httpx

url = "{{baseUrl}}/me"

headers = {
    "Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig",
}

response = httpx.request("GET", url, headers=headers)

print(response.text)
