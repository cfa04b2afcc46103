curl --location --globoff --request PATCH '{{baseUrl}}/v1/users/{{userId}}' \
--header 'If-Match: W/"etag-1"' \
--header 'X-Request-Id: {{requestId}}' \
--header 'Content-Type: application/json' \
--data-raw '{"name": "{{newName}}", "active": true}'
