curl --location --globoff --head '{{baseUrl}}/status' \
--header 'X-Check: yes'
