#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/items",
    Headers = [],
    ContentType = "application/json",
    Body = <<"{\"ids\": [1, 2, 3]}"/utf8>>,
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(delete, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
