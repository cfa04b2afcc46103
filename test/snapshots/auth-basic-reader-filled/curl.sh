curl --location --globoff '{{baseUrl}}/me' \
--user '{{username}}:{{password}}'
