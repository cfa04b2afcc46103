http PUT '{{baseUrl}}/blobs/upload.txt' \
'Content-Type:application/octet-stream' \
< 'upload.txt'
