require "http/client"

response = HTTP::Client.get("{{baseUrl}}/search?q=hello%20world&amp=a%26b&eq=x%3Dy&plus=1%2B1%3D2&pct=100%25&pct2=%2541%25zz&caf%C3%A9=na%C3%AFve%20%C3%BC%C3%9F&emoji=%F0%9F%98%80%F0%9F%8E%89&empty=&tag=one&tag=two&filter%5Bname%5D=%5Bx%5D&hash=%23frag?&semi=a%3Bb,c&slash=/a/b&quote=it's%20%22q%22")
puts response.body
