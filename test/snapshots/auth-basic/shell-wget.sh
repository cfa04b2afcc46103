wget --quiet --output-document=- --method=GET '{{baseUrl}}/me' \
--header 'Authorization: Basic YW5uOnBAc3M6d8O2cmQ='
