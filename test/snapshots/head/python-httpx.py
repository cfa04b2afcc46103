import httpx

url = "{{baseUrl}}/status"

headers = {
    "X-Check": "yes",
}

response = httpx.request("HEAD", url, headers=headers)

print(response.text)
