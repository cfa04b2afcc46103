http --ignore-stdin --multipart POST '{{baseUrl}}/upload' \
'title=Hello' \
$'bio=line 1\nline 2\r\nline 3' \
'name=Zoë 😀' \
'tag=a' \
'tag=b' \
'meta={"k":"v"}' \
'danger="; $(id) #{x} \(y) '\'''
