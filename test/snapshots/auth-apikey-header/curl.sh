curl --location --globoff '{{baseUrl}}/reports' \
--header 'X-API-Key: k3y$#{x}'
