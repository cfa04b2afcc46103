curl --location --globoff '{{baseUrl}}/upload' \
--form 'title="Hello"' \
--form $'bio="line 1\nline 2\r\nline 3"' \
--form 'name="Zoë 😀"' \
--form 'tag="a"' \
--form 'tag="b"' \
--form 'meta="{\"k\":\"v\"}";type=application/json' \
--form 'danger="\"; $(id) #{x} \\(y) '\''"'
