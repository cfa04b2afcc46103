#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/me",
    Credentials = base64:encode_to_string(iolist_to_binary([<<"{{username}}"/utf8>>, ":", <<"{{password}}"/utf8>>])),
    Headers = [
        {"Authorization", "Basic " ++ Credentials}
    ],
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(get, {Url, Headers}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
