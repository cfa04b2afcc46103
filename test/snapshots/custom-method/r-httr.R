library(httr)

response <- VERB("PURGE", "{{baseUrl}}/cache/key"
)
cat(content(response, as = "text", encoding = "UTF-8"))
