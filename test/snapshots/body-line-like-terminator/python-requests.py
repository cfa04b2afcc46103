import requests

url = "{{baseUrl}}/notes"

payload = """

BODYBODY
  BODY2 indented
EOF
"""
headers = {
  'Content-Type': 'text/plain'
}

response = requests.request("POST", url, headers=headers, data=payload)

print(response.text)
