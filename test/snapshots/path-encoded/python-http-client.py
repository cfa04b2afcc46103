import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/")

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("GET", url.path)
response = connection.getresponse()

print(response.read().decode())
