library(RCurl)

response <- getURL("{{baseUrl}}/inv",
  customrequest = "POST",
  httpheader = c(
    "X-Tab: a\tb",
    "Content-Type: text/plain"
  ),
  postfields = "tab\there\u{2028}sep\u{2029}para\u{202E}RLO\u{200F}\u{FEFF}bom\u{0001}\u{001F}\u{007F}del\u{0085}nel",
  followlocation = FALSE
)
cat(response)
