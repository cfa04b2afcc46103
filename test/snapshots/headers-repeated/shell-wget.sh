wget --quiet --output-document=- --method=GET '{{baseUrl}}/tags' \
--header 'X-Tag: alpha, beta, gamma' \
--header 'Accept: text/plain'
