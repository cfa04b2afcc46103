{
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' 'description' 'A text file'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\nContent-Type: %s\r\n\r\n' 'document' 'upload.txt' 'text/plain'
  cat -- 'upload.txt'
  printf -- '\r\n'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' 'after' 'file'
  printf -- '--snipforge-boundary-7MA4YWxkTrZu0gW--\r\n'
} > multipart-body.txt
wget --quiet --output-document=- --method=POST '{{baseUrl}}/upload' \
--header 'Content-Type: multipart/form-data; boundary=snipforge-boundary-7MA4YWxkTrZu0gW' \
--body-file 'multipart-body.txt'
