import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/graphql")

payload = '{"query":"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}","variables":{"id":"1000","note":"café #{x}"}}'

headers = {
    "Content-Type": "application/json",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("POST", url.path, body=payload.encode(), headers=headers)
response = connection.getresponse()

print(response.read().decode())
