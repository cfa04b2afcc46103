import requests

url = "{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc"


response = requests.request("GET", url)

print(response.text)
