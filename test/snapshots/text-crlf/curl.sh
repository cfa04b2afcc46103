curl --location --globoff '{{baseUrl}}/notes' \
--header 'Content-Type: text/plain' \
--data-raw $'line one\r\nline two\r\n'
