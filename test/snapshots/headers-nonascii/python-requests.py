import requests

url = "{{baseUrl}}/i18n"

headers = {
  'X-Name': 'Zoë ✓ 😀'.encode(),
  'X-Latin': 'café'.encode()
}

response = requests.request("GET", url, headers=headers)

print(response.text)
