#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/v1/users?limit=10&page=2",
    Headers = [
        {"Accept", "application/json"}
    ],
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(get, {Url, Headers}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
