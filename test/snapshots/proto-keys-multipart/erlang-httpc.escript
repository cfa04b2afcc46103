#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/objects",
    Headers = [],
    Boundary = "snipforge-boundary-7MA4YWxkTrZu0gW",
    ContentType = "multipart/form-data; boundary=" ++ Boundary,
    Body = iolist_to_binary([
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"__proto__\""/utf8>>, "\r\n\r\n",
        <<"f1"/utf8>>, "\r\n",
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"constructor\""/utf8>>, "\r\n\r\n",
        <<"f2"/utf8>>, "\r\n",
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"prototype\""/utf8>>, "\r\n\r\n",
        <<"f3"/utf8>>, "\r\n",
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"toString\""/utf8>>, "\r\n\r\n",
        <<"f4"/utf8>>, "\r\n",
        "--", Boundary, "--\r\n"
    ]),
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(post, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
