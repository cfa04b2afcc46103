http --ignore-stdin GET '{{baseUrl}}/search' \
'Content-Type:application/json' \
--raw '{"query": {"match_all": {}}}'
