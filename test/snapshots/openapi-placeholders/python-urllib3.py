import urllib3

url = "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10"

headers = {
    "X-API-Key": "{{api_key}}",
    "Cookie": "session={{session_id}}; api_key={{api_key}}",
    "X-Note": "\"; rm -rf ~; \"",
    "Authorization": "Bearer {{bearerAuth}}",
}

http = urllib3.PoolManager()
response = http.request("GET", url, headers=headers)

print(response.data.decode())
