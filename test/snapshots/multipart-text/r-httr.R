library(httr)

response <- POST("{{baseUrl}}/upload",
  body = list(
    "title" = "Hello",
    "bio" = "line 1\nline 2\r\nline 3",
    "name" = "Zoë 😀",
    "tag" = "a",
    "tag" = "b",
    "meta" = curl::form_data(r"({"k":"v"})", type = "application/json"),
    "danger" = "\"; $(id) #{x} \\(y) '"
  ),
  encode = "multipart"
)
cat(content(response, as = "text", encoding = "UTF-8"))
