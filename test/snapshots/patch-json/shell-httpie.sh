http --ignore-stdin PATCH '{{baseUrl}}/v1/users/{{userId}}' \
'If-Match:W/"etag-1"' \
'X-Request-Id:{{requestId}}' \
'Content-Type:application/json' \
--raw '{"name": "{{newName}}", "active": true}'
