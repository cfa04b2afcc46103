import urllib3

url = "{{baseUrl}}/upload"

fields = [
    ("title", "Hello"),
    ("bio", "line 1\nline 2\r\nline 3"),
    ("name", "Zoë 😀"),
    ("tag", "a"),
    ("tag", "b"),
    ("meta", (None, "{\"k\":\"v\"}", "application/json")),
    ("danger", "\"; $(id) #{x} \\(y) '"),
]

http = urllib3.PoolManager()
response = http.request("POST", url, fields=fields)

print(response.data.decode())
