import requests

url = "{{baseUrl}}/notes"

payload = 'line one\r\nline two\r\n'
headers = {
  'Content-Type': 'text/plain'
}

response = requests.request("POST", url, headers=headers, data=payload)

print(response.text)
