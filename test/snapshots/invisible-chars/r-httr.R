library(httr)

response <- POST("{{baseUrl}}/inv",
  add_headers(
    "X-Tab" = "a\tb",
    "Content-Type" = "text/plain"
  ),
  body = "tab\there\u{2028}sep\u{2029}para\u{202E}RLO\u{200F}\u{FEFF}bom\u{0001}\u{001F}\u{007F}del\u{0085}nel"
)
cat(content(response, as = "text", encoding = "UTF-8"))
