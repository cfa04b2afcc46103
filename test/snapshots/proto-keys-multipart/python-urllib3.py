import urllib3

url = "{{baseUrl}}/objects"

fields = [
    ("__proto__", "f1"),
    ("constructor", "f2"),
    ("prototype", "f3"),
    ("toString", "f4"),
]

http = urllib3.PoolManager()
response = http.request("POST", url, fields=fields)

print(response.data.decode())
