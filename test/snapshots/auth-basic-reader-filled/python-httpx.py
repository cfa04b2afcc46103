import httpx

url = "{{baseUrl}}/me"

response = httpx.request("GET", url, auth=("{{username}}", "{{password}}"))

print(response.text)
