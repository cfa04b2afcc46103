curl --location --globoff --request PUT '{{baseUrl}}/settings' \
--header 'Content-Type: application/x-www-form-urlencoded' \
--header 'X-Keep: yes' \
--data-raw ''
