import httpx

url = "{{baseUrl}}/cors"

headers = {
    "Origin": "https://app.example.com",
    "Access-Control-Request-Method": "PUT",
}

response = httpx.request("OPTIONS", url, headers=headers)

print(response.text)
