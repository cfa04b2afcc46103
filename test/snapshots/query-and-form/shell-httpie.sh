http --ignore-stdin POST '{{baseUrl}}/login?next=/home&lang=en' \
'Content-Type:application/x-www-form-urlencoded' \
--raw 'user=ann%40example.com&pass=p%40ss%20w0rd%26'
