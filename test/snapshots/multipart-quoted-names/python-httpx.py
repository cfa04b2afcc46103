import httpx

url = "{{baseUrl}}/upload"

files = [
    ("say %22hi%22", (None, "one")),
    ("a\\b%22c%22", (None, "two")),
    ("doc %22main%22", ("upload.txt", open("upload.txt", "rb"), "text/plain")),
    ("quoted file", ("q%22uote.txt", open("q\"uote.txt", "rb"))),
]

response = httpx.request("POST", url, files=files)

print(response.text)
