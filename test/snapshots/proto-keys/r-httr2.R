library(httr2)

response <- request("{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4") |>
  req_method("POST") |>
  req_headers(
    "__proto__" = "h1",
    "constructor" = "h2",
    "prototype" = "h3",
    "toString" = "h4",
    "Content-Type" = "application/x-www-form-urlencoded"
  ) |>
  req_body_raw("__proto__=f1&constructor=f2&prototype=f3&valueOf=f4") |>
  req_perform()
cat(resp_body_string(response))
