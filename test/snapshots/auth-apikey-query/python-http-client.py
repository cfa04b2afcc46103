import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc")

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("GET", url.path + "?" + url.query)
response = connection.getresponse()

print(response.read().decode())
