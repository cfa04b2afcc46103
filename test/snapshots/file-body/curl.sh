curl --location --globoff --request PUT '{{baseUrl}}/blobs/upload.txt' \
--header 'Content-Type: application/octet-stream' \
--data-binary '@upload.txt'
