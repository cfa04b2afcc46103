import urllib.request

url = "{{baseUrl}}/graphql"

payload = '{"query":"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}","variables":{"id":"1000","note":"café #{x}"}}'

headers = {
    "Content-Type": "application/json",
}

request = urllib.request.Request(url, data=payload.encode(), headers=headers, method="POST")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
