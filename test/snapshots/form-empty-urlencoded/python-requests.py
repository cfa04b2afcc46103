import requests

url = "{{baseUrl}}/settings"

payload = ''
headers = {
  'Content-Type': 'application/x-www-form-urlencoded',
  'X-Keep': 'yes'
}

response = requests.request("PUT", url, headers=headers, data=payload)

print(response.text)
