http --ignore-stdin GET '{{baseUrl}}/i18n' \
'X-Name:Zoë ✓ 😀' \
'X-Latin:café'
