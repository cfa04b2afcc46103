#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/v1/config",
    Headers = [],
    ContentType = "application/json",
    Body = <<"{\"a\":[1,2,{\"b\":null}],\"s\":\"\\\"quoted\\\" \\\\ slash\",\"u\":\"\\ud83d\\ude00\",\"n\":1.0}"/utf8>>,
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(put, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
