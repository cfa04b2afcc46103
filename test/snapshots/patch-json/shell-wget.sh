wget --quiet --output-document=- --method=PATCH '{{baseUrl}}/v1/users/{{userId}}' \
--header 'If-Match: W/"etag-1"' \
--header 'X-Request-Id: {{requestId}}' \
--header 'Content-Type: application/json' \
--body-data '{"name": "{{newName}}", "active": true}'
