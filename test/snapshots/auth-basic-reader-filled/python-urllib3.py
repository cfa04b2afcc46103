import urllib3

url = "{{baseUrl}}/me"

headers = urllib3.make_headers(basic_auth="{{username}}:{{password}}")

http = urllib3.PoolManager()
response = http.request("GET", url, headers=headers)

print(response.data.decode())
