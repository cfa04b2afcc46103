import requests

url = "{{baseUrl}}/me"

headers = {
  'Authorization': 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig'
}

response = requests.request("GET", url, headers=headers)

print(response.text)
