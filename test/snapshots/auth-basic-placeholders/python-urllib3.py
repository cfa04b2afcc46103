import urllib3

url = "{{baseUrl}}/pets"

payload = '{"name": "{{petName}}", "tag": "dog"}'

headers = {
    "Content-Type": "application/json",
    **urllib3.make_headers(basic_auth="{{basicAuthUsername}}:{{basicAuthPassword}}"),
}

http = urllib3.PoolManager()
response = http.request("POST", url, headers=headers, body=payload)

print(response.data.decode())
