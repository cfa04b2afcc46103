import httpx

url = "{{baseUrl}}/blobs/upload.txt"

headers = {
    "Content-Type": "application/octet-stream",
}

response = httpx.request("PUT", url, headers=headers, content=open("upload.txt", "rb"))

print(response.text)
