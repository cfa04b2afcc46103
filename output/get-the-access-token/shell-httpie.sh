http --ignore-stdin POST '{{authPath}}/{{envID}}/as/token' \
'Content-Type:application/x-www-form-urlencoded' \
--raw 'grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}'
