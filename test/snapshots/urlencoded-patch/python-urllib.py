import urllib.request

url = "{{baseUrl}}/settings"

payload = 'theme=dark%20mode&tag=a%26b&tag=c'

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}

request = urllib.request.Request(url, data=payload.encode(), headers=headers, method="PATCH")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
