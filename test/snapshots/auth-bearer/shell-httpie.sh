http --ignore-stdin GET '{{baseUrl}}/me' \
'Authorization:Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig'
