import urllib3

url = "{{baseUrl}}/notes"

payload = """

BODYBODY
  BODY2 indented
EOF
"""

headers = {
    "Content-Type": "text/plain",
}

http = urllib3.PoolManager()
response = http.request("POST", url, headers=headers, body=payload)

print(response.data.decode())
