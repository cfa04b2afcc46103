wget --quiet --output-document=- --method=OPTIONS '{{baseUrl}}/cors' \
--header 'Origin: https://app.example.com' \
--header 'Access-Control-Request-Method: PUT'
