import requests

url = "{{baseUrl}}/search"

payload = '{"query": {"match_all": {}}}'
headers = {
  'Content-Type': 'application/json'
}

response = requests.request("GET", url, headers=headers, data=payload)

print(response.text)
