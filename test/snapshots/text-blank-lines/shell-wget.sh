wget --quiet --output-document=- --method=POST '{{baseUrl}}/notes' \
--header 'Content-Type: text/plain' \
--body-data $'\tindented\n\n  spaced  \n\n'
