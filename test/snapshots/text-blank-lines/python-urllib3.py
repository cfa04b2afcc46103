import urllib3

url = "{{baseUrl}}/notes"

payload = """\tindented

  spaced  

"""

headers = {
    "Content-Type": "text/plain",
}

http = urllib3.PoolManager()
response = http.request("POST", url, headers=headers, body=payload)

print(response.data.decode())
