import httpx

url = "{{baseUrl}}/cache/key"

response = httpx.request("PURGE", url)

print(response.text)
