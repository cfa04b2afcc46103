http --ignore-stdin POST '{{baseUrl}}/notes' \
'Content-Type:text/plain' \
--raw $'\tindented\n\n  spaced  \n\n'
