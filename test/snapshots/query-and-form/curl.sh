curl --location --globoff '{{baseUrl}}/login?next=/home&lang=en' \
--header 'Content-Type: application/x-www-form-urlencoded' \
--data-urlencode 'user=ann@example.com' \
--data-urlencode 'pass=p@ss w0rd&'
