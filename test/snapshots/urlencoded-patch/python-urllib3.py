import urllib3

url = "{{baseUrl}}/settings"

payload = 'theme=dark%20mode&tag=a%26b&tag=c'

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}

http = urllib3.PoolManager()
response = http.request("PATCH", url, headers=headers, body=payload)

print(response.data.decode())
