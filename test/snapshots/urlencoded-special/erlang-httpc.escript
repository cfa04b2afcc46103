#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/form",
    Headers = [],
    ContentType = "application/x-www-form-urlencoded",
    Body = <<"a%20b=c%26d%3De&plus=1%2B2%203&pct=50%25&utf=%C3%A9t%C3%A9%20%E2%98%83%20%F0%9F%98%80&k=first&k=second&empty=&multi=line1%0Aline2&q=%22%27%60%24x%20%23%7By%7D"/utf8>>,
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(post, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
