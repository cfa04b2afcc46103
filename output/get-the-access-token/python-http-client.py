import http.client
from urllib.parse import urlsplit

url = urlsplit("{{authPath}}/{{envID}}/as/token")

payload = 'grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}'

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("POST", url.path, body=payload, headers=headers)
response = connection.getresponse()

print(response.read().decode())
