#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/dav/",
    %% httpc sends only its own methods: this one goes as POST, named in X-HTTP-Method-Override.
    Headers = [
        {"Depth", "1"},
        {"X-HTTP-Method-Override", "PROPFIND"}
    ],
    ContentType = "application/xml",
    Body = <<"<?xml version=\"1.0\"?>\n<propfind xmlns=\"DAV:\"><allprop/></propfind>\n"/utf8>>,
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(post, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
