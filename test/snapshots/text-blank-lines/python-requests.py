import requests

url = "{{baseUrl}}/notes"

payload = """\tindented

  spaced  

"""
headers = {
  'Content-Type': 'text/plain'
}

response = requests.request("POST", url, headers=headers, data=payload)

print(response.text)
