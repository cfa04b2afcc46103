wget --quiet --output-document=- --method=PUT '{{baseUrl}}/settings' \
--header 'Content-Type: application/x-www-form-urlencoded' \
--header 'X-Keep: yes' \
--body-data ''
