curl --location --globoff --request PATCH '{{baseUrl}}/settings' \
--header 'Content-Type: application/x-www-form-urlencoded' \
--data-urlencode 'theme=dark mode' \
--data-urlencode 'tag=a&b' \
--data-urlencode 'tag=c'
