import requests

url = "{{baseUrl}}/jobs/42/run"


response = requests.request("POST", url)

print(response.text)
