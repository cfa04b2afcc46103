#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/",
    Headers = [],
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(get, {Url, Headers}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
