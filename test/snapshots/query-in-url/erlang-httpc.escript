#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/items?q=a%20b&plus=%2B&raw=%2B&discount=100%25&empty=&flag=&utf=%C3%A9t%C3%A9&r=1&r=2",
    Headers = [],
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(get, {Url, Headers}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
