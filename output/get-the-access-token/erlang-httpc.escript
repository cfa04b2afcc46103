#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    %% httpc refuses '{' and '}' in a URL: the braces of the placeholders go percent-encoded.
    Url = lists:flatmap(fun(${) -> "%7B"; ($}) -> "%7D"; (C) -> [C] end, "{{authPath}}/{{envID}}/as/token"),
    Headers = [],
    ContentType = "application/x-www-form-urlencoded",
    Body = <<"grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}"/utf8>>,
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(post, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
