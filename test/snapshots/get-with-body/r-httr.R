library(httr)

# httr drops the body of a GET: the request is built as a POST and sent with the method GET.
response <- POST("{{baseUrl}}/search",
  add_headers(
    "Content-Type" = "application/json"
  ),
  config(customrequest = "GET"),
  body = r"({"query": {"match_all": {}}})"
)
cat(content(response, as = "text", encoding = "UTF-8"))
