#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/settings",
    Headers = [
        {"X-Keep", "yes"}
    ],
    ContentType = "application/x-www-form-urlencoded",
    Body = <<>>,
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(put, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
