import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4")

payload = '__proto__=f1&constructor=f2&prototype=f3&valueOf=f4'

headers = {
    "__proto__": "h1",
    "constructor": "h2",
    "prototype": "h3",
    "toString": "h4",
    "Content-Type": "application/x-www-form-urlencoded",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("POST", url.path + "?" + url.query, body=payload, headers=headers)
response = connection.getresponse()

print(response.read().decode())
