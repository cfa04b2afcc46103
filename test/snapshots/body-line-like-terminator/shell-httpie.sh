http --ignore-stdin POST '{{baseUrl}}/notes' \
'Content-Type:text/plain' \
--raw '

BODYBODY
  BODY2 indented
EOF
'
