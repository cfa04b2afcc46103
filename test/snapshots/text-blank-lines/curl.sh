curl --location --globoff '{{baseUrl}}/notes' \
--header 'Content-Type: text/plain' \
--data-raw $'\tindented\n\n  spaced  \n\n'
