import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/items?q=a%20b&plus=%2B&raw=%2B&discount=100%25&empty=&flag=&utf=%C3%A9t%C3%A9&r=1&r=2")

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("GET", url.path + "?" + url.query)
response = connection.getresponse()

print(response.read().decode())
