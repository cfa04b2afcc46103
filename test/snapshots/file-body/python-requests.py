import requests

url = "{{baseUrl}}/blobs/upload.txt"

headers = {
  'Content-Type': 'application/octet-stream'
}

response = requests.request("PUT", url, headers=headers, data=open('upload.txt', 'rb'))

print(response.text)
