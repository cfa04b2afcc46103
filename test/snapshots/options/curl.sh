curl --location --globoff --request OPTIONS '{{baseUrl}}/cors' \
--header 'Origin: https://app.example.com' \
--header 'Access-Control-Request-Method: PUT'
