import httpx

url = "{{baseUrl}}/pets"

payload = '{"name": "{{petName}}", "tag": "dog"}'

headers = {
    "Content-Type": "application/json",
}

response = httpx.request("POST", url, headers=headers, content=payload, auth=("{{basicAuthUsername}}", "{{basicAuthPassword}}"))

print(response.text)
