#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/tags",
    Headers = [
        {"X-Tag", "alpha"},
        {"Accept", "text/plain"},
        {"X-Tag", "beta"},
        {"X-Tag", "gamma"}
    ],
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(get, {Url, Headers}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
