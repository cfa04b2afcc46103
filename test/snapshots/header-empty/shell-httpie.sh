http --ignore-stdin GET '{{baseUrl}}/empty' \
'X-Empty;' \
'X-After:set'
