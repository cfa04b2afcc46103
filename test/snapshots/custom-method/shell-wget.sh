wget --quiet --output-document=- --method=PURGE '{{baseUrl}}/cache/key'
