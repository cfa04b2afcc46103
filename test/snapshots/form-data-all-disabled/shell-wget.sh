wget --quiet --output-document=- --method=POST '{{baseUrl}}/upload'
