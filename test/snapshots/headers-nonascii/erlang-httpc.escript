#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/i18n",
    Headers = [
        {"X-Name", binary_to_list(<<"Zoë ✓ 😀"/utf8>>)},
        {"X-Latin", binary_to_list(<<"café"/utf8>>)}
    ],
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(get, {Url, Headers}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
