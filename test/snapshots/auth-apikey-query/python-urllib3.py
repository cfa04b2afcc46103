import urllib3

url = "{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc"

http = urllib3.PoolManager()
response = http.request("GET", url)

print(response.data.decode())
