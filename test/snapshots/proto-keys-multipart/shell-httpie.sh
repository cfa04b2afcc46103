http --ignore-stdin --multipart POST '{{baseUrl}}/objects' \
'__proto__=f1' \
'constructor=f2' \
'prototype=f3' \
'toString=f4'
