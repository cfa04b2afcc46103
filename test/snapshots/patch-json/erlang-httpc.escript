#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    %% httpc refuses '{' and '}' in a URL: the braces of the placeholders go percent-encoded.
    Url = lists:flatmap(fun(${) -> "%7B"; ($}) -> "%7D"; (C) -> [C] end, "{{baseUrl}}/v1/users/{{userId}}"),
    Headers = [
        {"If-Match", "W/\"etag-1\""},
        {"X-Request-Id", "{{requestId}}"}
    ],
    ContentType = "application/json",
    Body = <<"{\"name\": \"{{newName}}\", \"active\": true}"/utf8>>,
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(patch, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
