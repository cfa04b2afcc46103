import httpx

url = "{{baseUrl}}/graphql"

payload = '{"query":"query Hero($id: ID!) {\\n  hero(id: $id) {\\n    name\\n    friends { name }\\n  }\\n}","variables":{"id":"1000","note":"café #{x}"}}'

headers = {
    "Content-Type": "application/json",
}

response = httpx.request("POST", url, headers=headers, content=payload)

print(response.text)
