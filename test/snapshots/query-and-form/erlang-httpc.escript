#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/login?next=/home&lang=en",
    Headers = [],
    ContentType = "application/x-www-form-urlencoded",
    Body = <<"user=ann%40example.com&pass=p%40ss%20w0rd%26"/utf8>>,
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(post, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
