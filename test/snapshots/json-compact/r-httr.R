library(httr)

response <- PUT("{{baseUrl}}/v1/config",
  add_headers(
    "Content-Type" = "application/json"
  ),
  body = r"({"a":[1,2,{"b":null}],"s":"\"quoted\" \\ slash","u":"\ud83d\ude00","n":1.0})"
)
cat(content(response, as = "text", encoding = "UTF-8"))
