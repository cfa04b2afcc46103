require "http/client"

headers = HTTP::Headers{
  "Content-Type" => "application/json",
}

body = "{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}"

response = HTTP::Client.put("{{baseUrl}}/v1/config", headers: headers, body: body)
puts response.body
