wget --quiet --output-document=- --method=HEAD '{{baseUrl}}/status' \
--header 'X-Check: yes'
