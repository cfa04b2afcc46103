library(httr)

response <- GET("{{baseUrl}}/i18n",
  add_headers(
    "X-Name" = "Zoë ✓ 😀",
    "X-Latin" = "café"
  )
)
cat(content(response, as = "text", encoding = "UTF-8"))
