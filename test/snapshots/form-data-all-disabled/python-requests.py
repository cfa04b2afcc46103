import requests

url = "{{baseUrl}}/upload"

payload = ''

response = requests.request("POST", url, data=payload)

print(response.text)
