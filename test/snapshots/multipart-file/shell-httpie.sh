http --ignore-stdin --multipart POST '{{baseUrl}}/upload' \
'description=A text file' \
'document@upload.txt;type=text/plain' \
'after=file'
