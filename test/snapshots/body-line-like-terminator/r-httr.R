library(httr)

response <- POST("{{baseUrl}}/notes",
  add_headers(
    "Content-Type" = "text/plain"
  ),
  body = r"(

BODYBODY
  BODY2 indented
EOF
)"
)
cat(content(response, as = "text", encoding = "UTF-8"))
