#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/upload",
    Headers = [],
    Boundary = "snipforge-boundary-7MA4YWxkTrZu0gW",
    ContentType = "multipart/form-data; boundary=" ++ Boundary,
    Body = iolist_to_binary([
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"title\""/utf8>>, "\r\n\r\n",
        <<"Hello"/utf8>>, "\r\n",
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"bio\""/utf8>>, "\r\n\r\n",
        <<"line 1\nline 2\r\nline 3"/utf8>>, "\r\n",
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"name\""/utf8>>, "\r\n\r\n",
        <<"Zoë 😀"/utf8>>, "\r\n",
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"tag\""/utf8>>, "\r\n\r\n",
        <<"a"/utf8>>, "\r\n",
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"tag\""/utf8>>, "\r\n\r\n",
        <<"b"/utf8>>, "\r\n",
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json"/utf8>>, "\r\n\r\n",
        <<"{\"k\":\"v\"}"/utf8>>, "\r\n",
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"danger\""/utf8>>, "\r\n\r\n",
        <<"\"; $(id) #{x} \\(y) '"/utf8>>, "\r\n",
        "--", Boundary, "--\r\n"
    ]),
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(post, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
