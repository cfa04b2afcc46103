import urllib3

url = "{{baseUrl}}/notes"

payload = 'price: $5 #{total} ${HOME} \\(x) `cmd` \'single\' "double" \\n stays'

headers = {
    "Content-Type": "text/plain",
}

http = urllib3.PoolManager()
response = http.request("POST", url, headers=headers, body=payload)

print(response.data.decode())
