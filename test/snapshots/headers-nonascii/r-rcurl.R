library(RCurl)

response <- getURL("{{baseUrl}}/i18n",
  httpheader = c(
    "X-Name: Zoë ✓ 😀",
    "X-Latin: café"
  ),
  followlocation = FALSE
)
cat(response)
