require "http/client"

headers = HTTP::Headers{
  "__proto__" => "h1",
  "constructor" => "h2",
  "prototype" => "h3",
  "toString" => "h4",
  "Content-Type" => "application/x-www-form-urlencoded",
}

body = "__proto__=f1&constructor=f2&prototype=f3&valueOf=f4"

response = HTTP::Client.post("{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4", headers: headers, body: body)
puts response.body
