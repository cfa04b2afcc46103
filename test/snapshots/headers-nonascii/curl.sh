curl --location --globoff '{{baseUrl}}/i18n' \
--header 'X-Name: Zoë ✓ 😀' \
--header 'X-Latin: café'
