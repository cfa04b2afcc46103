curl --location --globoff --request PUT '{{baseUrl}}/profile' \
--header 'X-Request-Id: 42' \
--form 'name="Ada"' \
--form 'tag="a"' \
--form 'tag="b"' \
--form 'avatar=@"upload.txt";type=text/plain'
