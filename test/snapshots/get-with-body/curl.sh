curl --location --globoff --request GET '{{baseUrl}}/search' \
--header 'Content-Type: application/json' \
--data-raw '{"query": {"match_all": {}}}'
