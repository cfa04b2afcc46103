import requests

url = "{{baseUrl}}/settings"

payload = 'theme=dark%20mode&tag=a%26b&tag=c'
headers = {
  'Content-Type': 'application/x-www-form-urlencoded'
}

response = requests.request("PATCH", url, headers=headers, data=payload)

print(response.text)
