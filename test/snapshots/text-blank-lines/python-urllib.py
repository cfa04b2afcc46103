import urllib.request

url = "{{baseUrl}}/notes"

payload = """\tindented

  spaced  

"""

headers = {
    "Content-Type": "text/plain",
}

request = urllib.request.Request(url, data=payload.encode(), headers=headers, method="POST")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
