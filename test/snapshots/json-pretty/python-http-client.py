import http.client
from urllib.parse import urlsplit

url = urlsplit("{{baseUrl}}/v1/orders")

payload = """{
  "customer": "Zoë",
  "escaped": "caf\\u00e9 \\"quoted\\" \\\\ back",
  "items": [
    { "sku": "A-1", "qty": 2, "price": 9.90 },
    { "sku": "B-2", "qty": 1, "price": 1e3 }
  ],
  "note": "#{x} ${y} \\\\(z) `w`",
  "empty": {},
  "nothing": null
}
"""

headers = {
    "Content-Type": "application/json",
}

connection = (http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection)(url.netloc)
connection.request("POST", url.path, body=payload.encode(), headers=headers)
response = connection.getresponse()

print(response.read().decode())
