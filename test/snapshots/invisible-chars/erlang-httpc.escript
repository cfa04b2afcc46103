#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/inv",
    Headers = [
        {"X-Tab", "a\tb"}
    ],
    ContentType = "text/plain",
    Body = <<"tab\there\x{2028}sep\x{2029}para\x{202E}RLO\x{200F}\x{FEFF}bom\x{1}\x{1F}\x{7F}del\x{85}nel"/utf8>>,
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(post, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
