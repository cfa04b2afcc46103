curl --location --globoff '{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4' \
--header '__proto__: h1' \
--header 'constructor: h2' \
--header 'prototype: h3' \
--header 'toString: h4' \
--header 'Content-Type: application/x-www-form-urlencoded' \
--data-urlencode '__proto__=f1' \
--data-urlencode 'constructor=f2' \
--data-urlencode 'prototype=f3' \
--data-urlencode 'valueOf=f4'
