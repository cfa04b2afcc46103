http --ignore-stdin PUT '{{baseUrl}}/settings' \
'Content-Type:application/x-www-form-urlencoded' \
'X-Keep:yes' \
--raw ''
