import requests

url = "{{baseUrl}}/me"


response = requests.request("GET", url, auth=('{{username}}', '{{password}}'))

print(response.text)
