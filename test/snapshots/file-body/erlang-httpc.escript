#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/blobs/upload.txt",
    Headers = [],
    ContentType = "application/octet-stream",
    {ok, Body} = file:read_file("upload.txt"),
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(put, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
