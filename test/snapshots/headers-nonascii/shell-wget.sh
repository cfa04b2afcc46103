wget --quiet --output-document=- --method=GET '{{baseUrl}}/i18n' \
--header 'X-Name: Zoë ✓ 😀' \
--header 'X-Latin: café'
