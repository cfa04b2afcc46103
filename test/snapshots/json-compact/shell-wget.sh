wget --quiet --output-document=- --method=PUT '{{baseUrl}}/v1/config' \
--header 'Content-Type: application/json' \
--body-data '{"a":[1,2,{"b":null}],"s":"\"quoted\" \\ slash","u":"\ud83d\ude00","n":1.0}'
