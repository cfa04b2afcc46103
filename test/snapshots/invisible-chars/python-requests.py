import requests

url = "{{baseUrl}}/inv"

payload = 'tab\there\u2028sep\u2029para\u202ERLO\u200F\uFEFFbom\x01\x1F\x7Fdel\x85nel'
headers = {
  'X-Tab': 'a\tb',
  'Content-Type': 'text/plain'
}

response = requests.request("POST", url, headers=headers, data=payload.encode("utf-8"))

print(response.text)
