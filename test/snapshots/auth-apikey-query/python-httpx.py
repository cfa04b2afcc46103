import httpx

url = "{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc"

response = httpx.request("GET", url)

print(response.text)
