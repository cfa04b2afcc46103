#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/notes",
    Headers = [],
    ContentType = "text/plain",
    Body = <<"price: $5 #{total} ${HOME} \\(x) `cmd` 'single' \"double\" \\n stays"/utf8>>,
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(post, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
