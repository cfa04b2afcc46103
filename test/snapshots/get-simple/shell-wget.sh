wget --quiet --output-document=- --method=GET '{{baseUrl}}/v1/users?limit=10&page=2' \
--header 'Accept: application/json'
