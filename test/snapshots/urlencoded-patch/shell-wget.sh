wget --quiet --output-document=- --method=PATCH '{{baseUrl}}/settings' \
--header 'Content-Type: application/x-www-form-urlencoded' \
--body-data 'theme=dark%20mode&tag=a%26b&tag=c'
