http --ignore-stdin POST '{{baseUrl}}/inv' \
$'X-Tab:a\tb' \
'Content-Type:text/plain' \
--raw $'tab\there\xE2\x80\xA8sep\xE2\x80\xA9para\xE2\x80\xAERLO\xE2\x80\x8F\xEF\xBB\xBFbom\x01\x1F\x7Fdel\xC2\x85nel'
