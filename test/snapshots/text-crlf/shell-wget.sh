wget --quiet --output-document=- --method=POST '{{baseUrl}}/notes' \
--header 'Content-Type: text/plain' \
--body-data $'line one\r\nline two\r\n'
