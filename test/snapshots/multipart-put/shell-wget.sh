{
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' 'name' 'Ada'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' 'tag' 'a'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' 'tag' 'b'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\nContent-Type: %s\r\n\r\n' 'avatar' 'upload.txt' 'text/plain'
  cat -- 'upload.txt'
  printf -- '\r\n'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW--\r\n'
} > multipart-body.txt
wget --quiet --output-document=- --method=PUT '{{baseUrl}}/profile' \
--header 'X-Request-Id: 42' \
--header 'Content-Type: multipart/form-data; boundary=snipforge-boundary-7MA4YWxkTrZu0gW' \
--body-file 'multipart-body.txt'
