http --ignore-stdin --multipart POST '{{baseUrl}}/upload' \
'say %22hi%22=one' \
'a\b%22c%22=two' \
'doc %22main%22@upload.txt;type=text/plain' \
'quoted file@q"uote.txt'
