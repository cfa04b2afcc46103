http --ignore-stdin POST '{{baseUrl}}/pets' \
'Content-Type:application/json' \
--auth '{{basicAuthUsername}}:{{basicAuthPassword}}' \
--raw '{"name": "{{petName}}", "tag": "dog"}'
