import httpx

url = "{{baseUrl}}/notes"

payload = """

BODYBODY
  BODY2 indented
EOF
"""

headers = {
    "Content-Type": "text/plain",
}

response = httpx.request("POST", url, headers=headers, content=payload)

print(response.text)
