http --ignore-stdin GET '{{baseUrl}}/me' \
'Authorization:Basic YW5uOnBAc3M6d8O2cmQ='
