import httpx

url = "{{baseUrl}}/settings"

payload = ''

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
    "X-Keep": "yes",
}

response = httpx.request("PUT", url, headers=headers, content=payload)

print(response.text)
