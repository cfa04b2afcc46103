{
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' 'title' 'Hello'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' 'bio' $'line 1\nline 2\r\nline 3'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' 'name' 'Zoë 😀'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' 'tag' 'a'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' 'tag' 'b'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"\r\nContent-Type: %s\r\n\r\n%s\r\n' 'meta' 'application/json' '{"k":"v"}'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' 'danger' '"; $(id) #{x} \(y) '\'''
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW--\r\n'
} > multipart-body.txt
wget --quiet --output-document=- --method=POST '{{baseUrl}}/upload' \
--header 'Content-Type: multipart/form-data; boundary=snipforge-boundary-7MA4YWxkTrZu0gW' \
--body-file 'multipart-body.txt'
