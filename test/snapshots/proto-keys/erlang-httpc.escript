#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4",
    Headers = [
        {"__proto__", "h1"},
        {"constructor", "h2"},
        {"prototype", "h3"},
        {"toString", "h4"}
    ],
    ContentType = "application/x-www-form-urlencoded",
    Body = <<"__proto__=f1&constructor=f2&prototype=f3&valueOf=f4"/utf8>>,
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(post, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
