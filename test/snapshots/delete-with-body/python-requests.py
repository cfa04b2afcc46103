import requests

url = "{{baseUrl}}/items"

payload = '{"ids": [1, 2, 3]}'
headers = {
  'Content-Type': 'application/json'
}

response = requests.request("DELETE", url, headers=headers, data=payload)

print(response.text)
