http --ignore-stdin POST '{{baseUrl}}/notes' \
'Content-Type:text/plain' \
--raw $'line one\r\nline two\r\n'
