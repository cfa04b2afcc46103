import urllib3

url = "{{baseUrl}}/login?next=/home&lang=en"

payload = 'user=ann%40example.com&pass=p%40ss%20w0rd%26'

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}

http = urllib3.PoolManager()
response = http.request("POST", url, headers=headers, body=payload)

print(response.data.decode())
