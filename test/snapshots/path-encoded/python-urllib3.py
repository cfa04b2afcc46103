import urllib3

url = "{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/"

http = urllib3.PoolManager()
response = http.request("GET", url)

print(response.data.decode())
