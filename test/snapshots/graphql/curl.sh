curl --location --globoff '{{baseUrl}}/graphql' \
--header 'Content-Type: application/json' \
--data-raw '{"query":"query Hero($id: ID!) {\n  hero(id: $id) {\n    name\n    friends { name }\n  }\n}","variables":{"id":"1000","note":"café #{x}"}}'
