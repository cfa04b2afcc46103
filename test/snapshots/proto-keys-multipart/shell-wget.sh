{
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' '__proto__' 'f1'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' 'constructor' 'f2'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' 'prototype' 'f3'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' 'toString' 'f4'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW--\r\n'
} > multipart-body.txt
wget --quiet --output-document=- --method=POST '{{baseUrl}}/objects' \
--header 'Content-Type: multipart/form-data; boundary=snipforge-boundary-7MA4YWxkTrZu0gW' \
--body-file 'multipart-body.txt'
