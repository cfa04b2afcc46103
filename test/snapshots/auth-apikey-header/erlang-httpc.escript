#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/reports",
    Headers = [
        {"X-API-Key", "k3y$#{x}"}
    ],
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(get, {Url, Headers}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
