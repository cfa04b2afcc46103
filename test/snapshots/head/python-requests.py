import requests

url = "{{baseUrl}}/status"

headers = {
  'X-Check': 'yes'
}

response = requests.request("HEAD", url, headers=headers)

print(response.text)
