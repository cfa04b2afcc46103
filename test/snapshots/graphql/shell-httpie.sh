http --ignore-stdin POST '{{baseUrl}}/graphql' \
'Content-Type:application/json' \
--raw '{"query":"query Hero($id: ID!) {\n  hero(id: $id) {\n    name\n    friends { name }\n  }\n}","variables":{"id":"1000","note":"café #{x}"}}'
