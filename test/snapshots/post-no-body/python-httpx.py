import httpx

url = "{{baseUrl}}/jobs/42/run"

response = httpx.request("POST", url)

print(response.text)
