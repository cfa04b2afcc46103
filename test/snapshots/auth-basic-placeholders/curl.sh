curl --location --globoff '{{baseUrl}}/pets' \
--header 'Content-Type: application/json' \
--user '{{basicAuthUsername}}:{{basicAuthPassword}}' \
--data-raw '{"name": "{{petName}}", "tag": "dog"}'
