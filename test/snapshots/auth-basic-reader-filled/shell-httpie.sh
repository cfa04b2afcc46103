http --ignore-stdin GET '{{baseUrl}}/me' \
--auth '{{username}}:{{password}}'
