import requests

url = "{{baseUrl}}/cors"

headers = {
  'Origin': 'https://app.example.com',
  'Access-Control-Request-Method': 'PUT'
}

response = requests.request("OPTIONS", url, headers=headers)

print(response.text)
