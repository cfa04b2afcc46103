import requests

url = "{{baseUrl}}/cache/key"


response = requests.request("PURGE", url)

print(response.text)
