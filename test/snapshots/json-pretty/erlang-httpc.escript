#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/v1/orders",
    Headers = [],
    ContentType = "application/json",
    Body = <<"{\n  \"customer\": \"Zoë\",\n  \"escaped\": \"caf\\u00e9 \\\"quoted\\\" \\\\ back\",\n  \"items\": [\n    { \"sku\": \"A-1\", \"qty\": 2, \"price\": 9.90 },\n    { \"sku\": \"B-2\", \"qty\": 1, \"price\": 1e3 }\n  ],\n  \"note\": \"#{x} ${y} \\\\(z) `w`\",\n  \"empty\": {},\n  \"nothing\": null\n}\n"/utf8>>,
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(post, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
