require "http/client"

headers = HTTP::Headers{
  "X-Tab" => "a\tb",
  "Content-Type" => "text/plain",
}

body = "tab\there\u{2028}sep\u{2029}para\u{202E}RLO\u{200F}\u{FEFF}bom\u{1}\u{1F}\u{7F}del\u{85}nel"

response = HTTP::Client.post("{{baseUrl}}/inv", headers: headers, body: body)
puts response.body
