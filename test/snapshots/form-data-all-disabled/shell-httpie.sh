http --ignore-stdin POST '{{baseUrl}}/upload' \
--raw ''
