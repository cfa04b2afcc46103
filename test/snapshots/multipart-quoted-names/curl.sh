curl --location --globoff '{{baseUrl}}/upload' \
--form 'say %22hi%22="one"' \
--form 'a\b%22c%22="two"' \
--form 'doc %22main%22=@"upload.txt";type=text/plain' \
--form 'quoted file=@"q\"uote.txt";filename="q%22uote.txt"'
