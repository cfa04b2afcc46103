#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/cache/key",
    %% httpc sends only its own methods: this one goes as POST, named in X-HTTP-Method-Override.
    Headers = [
        {"X-HTTP-Method-Override", "PURGE"}
    ],
    ContentType = "",
    Body = <<>>,
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(post, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
