import httpx

url = "{{baseUrl}}/upload"

payload = ''

response = httpx.request("POST", url, content=payload)

print(response.text)
