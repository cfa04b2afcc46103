wget --quiet --output-document=- --method=PUT '{{baseUrl}}/blobs/upload.txt' \
--header 'Content-Type: application/octet-stream' \
--body-file 'upload.txt'
