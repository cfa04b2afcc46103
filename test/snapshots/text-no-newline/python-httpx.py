import httpx

url = "{{baseUrl}}/notes"

payload = 'price: $5 #{total} ${HOME} \\(x) `cmd` \'single\' "double" \\n stays'

headers = {
    "Content-Type": "text/plain",
}

response = httpx.request("POST", url, headers=headers, content=payload)

print(response.text)
