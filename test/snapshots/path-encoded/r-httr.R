library(httr)

response <- GET("{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/"
)
cat(content(response, as = "text", encoding = "UTF-8"))
