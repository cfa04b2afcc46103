curl --location --globoff '{{baseUrl}}/objects' \
--form '__proto__="f1"' \
--form 'constructor="f2"' \
--form 'prototype="f3"' \
--form 'toString="f4"'
