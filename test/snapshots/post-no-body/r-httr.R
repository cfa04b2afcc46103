library(httr)

response <- POST("{{baseUrl}}/jobs/42/run"
)
cat(content(response, as = "text", encoding = "UTF-8"))
