import urllib3

url = "{{baseUrl}}/v1/config"

payload = '{"a":[1,2,{"b":null}],"s":"\\"quoted\\" \\\\ slash","u":"\\ud83d\\ude00","n":1.0}'

headers = {
    "Content-Type": "application/json",
}

http = urllib3.PoolManager()
response = http.request("PUT", url, headers=headers, body=payload)

print(response.data.decode())
