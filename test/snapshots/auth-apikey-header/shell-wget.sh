wget --quiet --output-document=- --method=GET '{{baseUrl}}/reports' \
--header 'X-API-Key: k3y$#{x}'
