http --ignore-stdin GET '{{baseUrl}}/tags' \
'X-Tag:alpha' \
'Accept:text/plain' \
'X-Tag:beta' \
'X-Tag:gamma'
