import httpx

url = "{{baseUrl}}/notes"

payload = 'line one\r\nline two\r\n'

headers = {
    "Content-Type": "text/plain",
}

response = httpx.request("POST", url, headers=headers, content=payload)

print(response.text)
