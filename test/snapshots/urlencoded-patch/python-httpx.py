import httpx

url = "{{baseUrl}}/settings"

payload = 'theme=dark%20mode&tag=a%26b&tag=c'

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}

response = httpx.request("PATCH", url, headers=headers, content=payload)

print(response.text)
