import httpx

url = "{{baseUrl}}/upload"

files = [
    ("description", (None, "A text file")),
    ("document", ("upload.txt", open("upload.txt", "rb"), "text/plain")),
    ("after", (None, "file")),
]

response = httpx.request("POST", url, files=files)

print(response.text)
