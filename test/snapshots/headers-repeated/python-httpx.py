import httpx

url = "{{baseUrl}}/tags"

headers = [
    ("X-Tag", "alpha"),
    ("Accept", "text/plain"),
    ("X-Tag", "beta"),
    ("X-Tag", "gamma"),
]

response = httpx.request("GET", url, headers=headers)

print(response.text)
