curl --location --globoff '{{baseUrl}}/empty' \
--header 'X-Empty;' \
--header 'X-After: set'
