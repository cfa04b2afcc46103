http --ignore-stdin DELETE '{{baseUrl}}/items' \
'Content-Type:application/json' \
--raw '{"ids": [1, 2, 3]}'
