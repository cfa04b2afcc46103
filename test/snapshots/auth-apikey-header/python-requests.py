import requests

url = "{{baseUrl}}/reports"

headers = {
  'X-API-Key': 'k3y$#{x}'
}

response = requests.request("GET", url, headers=headers)

print(response.text)
