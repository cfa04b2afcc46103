#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/soap",
    Headers = [
        {"SOAPAction", "\"urn:Add\""}
    ],
    ContentType = "application/xml",
    Body = <<"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<note id='1'>\n  <to>Tom &amp; Jerry</to>\n  <body><![CDATA[a < b && c > d]]></body>\n</note>"/utf8>>,
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(post, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
