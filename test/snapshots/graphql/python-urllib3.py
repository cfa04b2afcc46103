import urllib3

url = "{{baseUrl}}/graphql"

payload = '{"query":"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}","variables":{"id":"1000","note":"café #{x}"}}'

headers = {
    "Content-Type": "application/json",
}

http = urllib3.PoolManager()
response = http.request("POST", url, headers=headers, body=payload.encode())

print(response.data.decode())
