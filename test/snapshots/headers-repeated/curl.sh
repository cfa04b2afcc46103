curl --location --globoff '{{baseUrl}}/tags' \
--header 'X-Tag: alpha' \
--header 'Accept: text/plain' \
--header 'X-Tag: beta' \
--header 'X-Tag: gamma'
