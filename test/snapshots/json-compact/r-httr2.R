library(httr2)

response <- request("{{baseUrl}}/v1/config") |>
  req_method("PUT") |>
  req_headers(
    "Content-Type" = "application/json"
  ) |>
  req_body_raw(r"({"a":[1,2,{"b":null}],"s":"\"quoted\" \\ slash","u":"\ud83d\ude00","n":1.0})") |>
  req_perform()
cat(resp_body_string(response))
