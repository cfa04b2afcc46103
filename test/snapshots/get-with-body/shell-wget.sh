wget --quiet --output-document=- --method=GET '{{baseUrl}}/search' \
--header 'Content-Type: application/json' \
--body-data '{"query": {"match_all": {}}}'
