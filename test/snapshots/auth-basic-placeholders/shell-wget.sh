wget --quiet --output-document=- --auth-no-challenge --method=POST '{{baseUrl}}/pets' \
--header 'Content-Type: application/json' \
--user '{{basicAuthUsername}}' \
--password '{{basicAuthPassword}}' \
--body-data '{"name": "{{petName}}", "tag": "dog"}'
