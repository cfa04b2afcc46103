import httpx

url = "{{baseUrl}}/items"

payload = '{"ids": [1, 2, 3]}'

headers = {
    "Content-Type": "application/json",
}

response = httpx.request("DELETE", url, headers=headers, content=payload)

print(response.text)
