import urllib.request

url = "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10"

headers = {
    "X-API-Key": "{{api_key}}",
    "Cookie": "session={{session_id}}; api_key={{api_key}}",
    "X-Note": "\"; rm -rf ~; \"",
    "Authorization": "Bearer {{bearerAuth}}",
}

request = urllib.request.Request(url, headers=headers, method="GET")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
