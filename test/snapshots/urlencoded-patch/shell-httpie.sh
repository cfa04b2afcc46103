http --ignore-stdin PATCH '{{baseUrl}}/settings' \
'Content-Type:application/x-www-form-urlencoded' \
--raw 'theme=dark%20mode&tag=a%26b&tag=c'
