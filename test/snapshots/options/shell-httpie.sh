http --ignore-stdin OPTIONS '{{baseUrl}}/cors' \
'Origin:https://app.example.com' \
'Access-Control-Request-Method:PUT'
