curl --location --globoff '{{baseUrl}}/me' \
--header 'Authorization: Basic YW5uOnBAc3M6d8O2cmQ='
