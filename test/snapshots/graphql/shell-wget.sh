wget --quiet --output-document=- --method=POST '{{baseUrl}}/graphql' \
--header 'Content-Type: application/json' \
--body-data '{"query":"query Hero($id: ID!) {\n  hero(id: $id) {\n    name\n    friends { name }\n  }\n}","variables":{"id":"1000","note":"café #{x}"}}'
