import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/login?next=/home&lang=en")

payload = 'user=ann%40example.com&pass=p%40ss%20w0rd%26'

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("POST", url.path + "?" + url.query, body=payload, headers=headers)
response = connection.getresponse()

print(response.read().decode())
