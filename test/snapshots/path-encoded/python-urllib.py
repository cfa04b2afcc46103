import urllib.request

url = "{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/"

request = urllib.request.Request(url, method="GET")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
