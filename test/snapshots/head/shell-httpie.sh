http --ignore-stdin HEAD '{{baseUrl}}/status' \
'X-Check:yes'
