curl --location --globoff '{{authPath}}/{{envID}}/as/token' \
--header 'Content-Type: application/x-www-form-urlencoded' \
--data-urlencode 'grant_type=authorization_code' \
--data-urlencode 'code={{authCode}}' \
--data-urlencode 'redirect_uri=https://example.com' \
--data-urlencode 'scope=openid' \
--data-urlencode 'client_id={{dvPiFlowAppID}}' \
--data-urlencode 'code_verifier={{code_verifier}}'
