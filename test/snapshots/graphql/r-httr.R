library(httr)

response <- POST("{{baseUrl}}/graphql",
  add_headers(
    "Content-Type" = "application/json"
  ),
  body = r"({"query":"query Hero($id: ID!) {\n  hero(id: $id) {\n    name\n    friends { name }\n  }\n}","variables":{"id":"1000","note":"café #{x}"}})"
)
cat(content(response, as = "text", encoding = "UTF-8"))
