import urllib.request

url = "{{baseUrl}}/v1/config"

payload = '{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}'

headers = {
    "Content-Type": "application/json",
}

request = urllib.request.Request(url, data=payload.encode(), headers=headers, method="PUT")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
