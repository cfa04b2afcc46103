wget --quiet --output-document=- --auth-no-challenge --method=GET '{{baseUrl}}/me' \
--user '{{username}}' \
--password '{{password}}'
