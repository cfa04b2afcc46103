wget --quiet --output-document=- --method=DELETE '{{baseUrl}}/items' \
--header 'Content-Type: application/json' \
--body-data '{"ids": [1, 2, 3]}'
