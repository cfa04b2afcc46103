import urllib3

url = "{{authPath}}/{{envID}}/as/token"

payload = 'grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}'

headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}

http = urllib3.PoolManager()
response = http.request("POST", url, headers=headers, body=payload)

print(response.data.decode())
