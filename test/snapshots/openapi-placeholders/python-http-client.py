import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10")

headers = {
    "X-API-Key": "{{api_key}}",
    "Cookie": "session={{session_id}}; api_key={{api_key}}",
    "X-Note": "\"; rm -rf ~; \"",
    "Authorization": "Bearer {{bearerAuth}}",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("GET", url.path + "?" + url.query, headers=headers)
response = connection.getresponse()

print(response.read().decode())
