import urllib.request

url = "{{baseUrl}}/settings"

payload = ''

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
    "X-Keep": "yes",
}

request = urllib.request.Request(url, data=payload.encode(), headers=headers, method="PUT")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
