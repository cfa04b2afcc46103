curl --location --globoff '{{baseUrl}}/me' \
--header 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig'
