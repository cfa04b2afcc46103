http --ignore-stdin GET '{{baseUrl}}/reports' \
'X-API-Key:k3y$#{x}'
