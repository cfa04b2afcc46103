import httpx

url = "{{baseUrl}}/profile"

files = [
    ("name", (None, "Ada")),
    ("tag", (None, "a")),
    ("tag", (None, "b")),
    ("avatar", ("upload.txt", open("upload.txt", "rb"), "text/plain")),
]

headers = {
    "X-Request-Id": "42",
}

response = httpx.request("PUT", url, headers=headers, files=files)

print(response.text)
