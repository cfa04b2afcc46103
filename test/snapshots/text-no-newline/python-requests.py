import requests

url = "{{baseUrl}}/notes"

payload = 'price: $5 #{total} ${HOME} \\(x) `cmd` \'single\' "double" \\n stays'
headers = {
  'Content-Type': 'text/plain'
}

response = requests.request("POST", url, headers=headers, data=payload)

print(response.text)
