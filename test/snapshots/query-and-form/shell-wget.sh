wget --quiet --output-document=- --method=POST '{{baseUrl}}/login?next=/home&lang=en' \
--header 'Content-Type: application/x-www-form-urlencoded' \
--body-data 'user=ann%40example.com&pass=p%40ss%20w0rd%26'
