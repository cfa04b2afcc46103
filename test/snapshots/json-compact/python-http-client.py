import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/v1/config")

payload = '{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}'

headers = {
    "Content-Type": "application/json",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("PUT", url.path, body=payload, headers=headers)
response = connection.getresponse()

print(response.read().decode())
