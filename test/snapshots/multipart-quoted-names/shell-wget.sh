{
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' 'say %22hi%22' 'one'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' 'a\b%22c%22' 'two'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\nContent-Type: %s\r\n\r\n' 'doc %22main%22' 'upload.txt' 'text/plain'
  cat -- 'upload.txt'
  printf -- '\r\n'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\nContent-Type: %s\r\n\r\n' 'quoted file' 'q%22uote.txt' 'application/octet-stream'
  cat -- 'q"uote.txt'
  printf -- '\r\n'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW--\r\n'
} > multipart-body.txt
wget --quiet --output-document=- --method=POST '{{baseUrl}}/upload' \
--header 'Content-Type: multipart/form-data; boundary=snipforge-boundary-7MA4YWxkTrZu0gW' \
--body-file 'multipart-body.txt'
