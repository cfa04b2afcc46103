import httpx

url = "{{baseUrl}}/i18n"

headers = {
    "X-Name": "Zoë ✓ 😀".encode(),
    "X-Latin": "café".encode(),
}

response = httpx.request("GET", url, headers=headers)

print(response.text)
