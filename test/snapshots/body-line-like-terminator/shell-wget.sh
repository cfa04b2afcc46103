wget --quiet --output-document=- --method=POST '{{baseUrl}}/notes' \
--header 'Content-Type: text/plain' \
--body-data '

BODYBODY
  BODY2 indented
EOF
'
