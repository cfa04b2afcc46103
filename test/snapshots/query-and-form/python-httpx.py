import httpx

url = "{{baseUrl}}/login?next=/home&lang=en"

payload = 'user=ann%40example.com&pass=p%40ss%20w0rd%26'

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}

response = httpx.request("POST", url, headers=headers, content=payload)

print(response.text)
