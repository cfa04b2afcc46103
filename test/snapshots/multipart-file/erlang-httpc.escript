#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/upload",
    Headers = [],
    Boundary = "snipforge-boundary-7MA4YWxkTrZu0gW",
    ContentType = "multipart/form-data; boundary=" ++ Boundary,
    {ok, File1} = file:read_file("upload.txt"),
    Body = iolist_to_binary([
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"description\""/utf8>>, "\r\n\r\n",
        <<"A text file"/utf8>>, "\r\n",
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"document\"; filename=\"upload.txt\"\r\nContent-Type: text/plain"/utf8>>, "\r\n\r\n",
        File1, "\r\n",
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"after\""/utf8>>, "\r\n\r\n",
        <<"file"/utf8>>, "\r\n",
        "--", Boundary, "--\r\n"
    ]),
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(post, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
