import requests

url = "{{baseUrl}}/tags"

headers = {
  'X-Tag': 'alpha, beta, gamma',
  'Accept': 'text/plain'
}

response = requests.request("GET", url, headers=headers)

print(response.text)
