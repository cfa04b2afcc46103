wget --quiet --output-document=- --method=GET '{{baseUrl}}/empty' \
--header 'X-Empty: ' \
--header 'X-After: set'
