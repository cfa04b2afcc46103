library(httr)

response <- GET("{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc"
)
cat(content(response, as = "text", encoding = "UTF-8"))
