http --ignore-stdin GET '{{baseUrl}}/v1/users?limit=10&page=2' \
'Accept:application/json'
