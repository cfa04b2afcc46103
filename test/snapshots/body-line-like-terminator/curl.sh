curl --location --globoff '{{baseUrl}}/notes' \
--header 'Content-Type: text/plain' \
--data-raw '

BODYBODY
  BODY2 indented
EOF
'
