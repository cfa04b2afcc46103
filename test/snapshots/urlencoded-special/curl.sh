curl --location --globoff '{{baseUrl}}/form' \
--header 'Content-Type: application/x-www-form-urlencoded' \
--data-urlencode 'a%20b=c&d=e' \
--data-urlencode 'plus=1+2 3' \
--data-urlencode 'pct=50%' \
--data-urlencode 'utf=été ☃ 😀' \
--data-urlencode 'k=first' \
--data-urlencode 'k=second' \
--data-urlencode 'empty=' \
--data-urlencode 'multi=line1
line2' \
--data-urlencode 'q="'\''`$x #{y}'
