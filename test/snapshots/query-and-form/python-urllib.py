import urllib.request

url = "{{baseUrl}}/login?next=/home&lang=en"

payload = 'user=ann%40example.com&pass=p%40ss%20w0rd%26'

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}

request = urllib.request.Request(url, data=payload.encode(), headers=headers, method="POST")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
