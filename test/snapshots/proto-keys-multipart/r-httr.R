library(httr)

response <- POST("{{baseUrl}}/objects",
  body = list(
    "__proto__" = "f1",
    "constructor" = "f2",
    "prototype" = "f3",
    "toString" = "f4"
  ),
  encode = "multipart"
)
cat(content(response, as = "text", encoding = "UTF-8"))
