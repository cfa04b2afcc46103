require "http/client"

headers = HTTP::Headers{
  "Content-Type" => "application/x-www-form-urlencoded",
}

body = "a%20b=c%26d%3De&plus=1%2B2%203&pct=50%25&utf=%C3%A9t%C3%A9%20%E2%98%83%20%F0%9F%98%80&k=first&k=second&empty=&multi=line1%0Aline2&q=%22%27%60%24x%20%23%7By%7D"

response = HTTP::Client.post("{{baseUrl}}/form", headers: headers, body: body)
puts response.body
