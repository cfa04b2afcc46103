import httpx

url = "{{baseUrl}}/search"

payload = '{"query": {"match_all": {}}}'

headers = {
    "Content-Type": "application/json",
}

response = httpx.request("GET", url, headers=headers, content=payload)

print(response.text)
