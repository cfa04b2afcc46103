curl --location --globoff --request DELETE '{{baseUrl}}/items' \
--header 'Content-Type: application/json' \
--data-raw '{"ids": [1, 2, 3]}'
