#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    %% httpc refuses '{' and '}' in a URL: the braces of the placeholders go percent-encoded.
    Url = lists:flatmap(fun(${) -> "%7B"; ($}) -> "%7D"; (C) -> [C] end, "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10"),
    Headers = [
        {"X-API-Key", "{{api_key}}"},
        {"Cookie", "session={{session_id}}; api_key={{api_key}}"},
        {"X-Note", "\"; rm -rf ~; \""},
        {"Authorization", "Bearer {{bearerAuth}}"}
    ],
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(get, {Url, Headers}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
