http --ignore-stdin PUT '{{baseUrl}}/v1/config' \
'Content-Type:application/json' \
--raw '{"a":[1,2,{"b":null}],"s":"\"quoted\" \\ slash","u":"\ud83d\ude00","n":1.0}'
