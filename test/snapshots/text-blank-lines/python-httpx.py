import httpx

url = "{{baseUrl}}/notes"

payload = """\tindented

  spaced  

"""

headers = {
    "Content-Type": "text/plain",
}

response = httpx.request("POST", url, headers=headers, content=payload)

print(response.text)
