import urllib3

url = "{{baseUrl}}/inv"

payload = 'tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\x01\x1F\x7Fdel\x85nel'

headers = {
    "X-Tab": "a\tb",
    "Content-Type": "text/plain",
}

http = urllib3.PoolManager()
response = http.request("POST", url, headers=headers, body=payload.encode())

print(response.data.decode())
