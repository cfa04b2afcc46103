import urllib.request

url = "{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4"

payload = '__proto__=f1&constructor=f2&prototype=f3&valueOf=f4'

headers = {
    "__proto__": "h1",
    "constructor": "h2",
    "prototype": "h3",
    "toString": "h4",
    "Content-Type": "application/x-www-form-urlencoded",
}

request = urllib.request.Request(url, data=payload.encode(), headers=headers, method="POST")

with urllib.request.urlopen(request) as response:
    print(response.read().decode())
