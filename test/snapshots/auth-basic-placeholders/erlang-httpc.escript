#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/pets",
    Credentials = base64:encode_to_string(iolist_to_binary([<<"{{basicAuthUsername}}"/utf8>>, ":", <<"{{basicAuthPassword}}"/utf8>>])),
    Headers = [
        {"Authorization", "Basic " ++ Credentials}
    ],
    ContentType = "application/json",
    Body = <<"{\"name\": \"{{petName}}\", \"tag\": \"dog\"}"/utf8>>,
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(post, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
