wget --quiet --output-document=- --method=POST '{{baseUrl}}/inv' \
--header $'X-Tab: a\tb' \
--header 'Content-Type: text/plain' \
--body-data $'tab\there\xE2\x80\xA8sep\xE2\x80\xA9para\xE2\x80\xAERLO\xE2\x80\x8F\xEF\xBB\xBFbom\x01\x1F\x7Fdel\xC2\x85nel'
