import requests

url = "{{baseUrl}}/empty"

headers = {
  'X-Empty': '',
  'X-After': 'set'
}

response = requests.request("GET", url, headers=headers)

print(response.text)
