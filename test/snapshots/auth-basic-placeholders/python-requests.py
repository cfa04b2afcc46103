import requests

url = "{{baseUrl}}/pets"

payload = '{"name": "{{petName}}", "tag": "dog"}'
headers = {
  'Content-Type': 'application/json'
}

response = requests.request("POST", url, headers=headers, data=payload, auth=('{{basicAuthUsername}}', '{{basicAuthPassword}}'))

print(response.text)
