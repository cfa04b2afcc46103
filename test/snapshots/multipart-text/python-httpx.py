import httpx

url = "{{baseUrl}}/upload"

files = [
    ("title", (None, "Hello")),
    ("bio", (None, "line 1\nline 2\r\nline 3")),
    ("name", (None, "Zoë 😀")),
    ("tag", (None, "a")),
    ("tag", (None, "b")),
    ("meta", (None, "{\"k\":\"v\"}", "application/json")),
    ("danger", (None, "\"; $(id) #{x} \\(y) '")),
]

response = httpx.request("POST", url, files=files)

print(response.text)
