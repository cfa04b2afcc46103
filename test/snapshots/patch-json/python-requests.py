import requests

url = "{{baseUrl}}/v1/users/{{userId}}"

payload = '{"name": "{{newName}}", "active": true}'
headers = {
  'If-Match': 'W/"etag-1"',
  'X-Request-Id': '{{requestId}}',
  'Content-Type': 'application/json'
}

response = requests.request("PATCH", url, headers=headers, data=payload)

print(response.text)
