http --ignore-stdin --multipart PUT '{{baseUrl}}/profile' \
'X-Request-Id:42' \
'name=Ada' \
'tag=a' \
'tag=b' \
'avatar@upload.txt;type=text/plain'
