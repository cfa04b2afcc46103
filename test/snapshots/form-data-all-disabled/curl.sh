curl --location --globoff '{{baseUrl}}/upload' \
--header 'Content-Type:' \
--data-raw ''
