curl --location --globoff '{{baseUrl}}/upload' \
--form 'description="A text file"' \
--form 'document=@"upload.txt";type=text/plain' \
--form 'after="file"'
