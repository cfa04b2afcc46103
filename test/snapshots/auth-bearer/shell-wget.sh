wget --quiet --output-document=- --method=GET '{{baseUrl}}/me' \
--header 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig'
