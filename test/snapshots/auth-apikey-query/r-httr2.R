library(httr2)

response <- request("{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc") |>
  req_perform()
cat(resp_body_string(response))
