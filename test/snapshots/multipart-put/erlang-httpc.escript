#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/profile",
    Headers = [
        {"X-Request-Id", "42"}
    ],
    Boundary = "snipforge-boundary-7MA4YWxkTrZu0gW",
    ContentType = "multipart/form-data; boundary=" ++ Boundary,
    {ok, File3} = file:read_file("upload.txt"),
    Body = iolist_to_binary([
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"name\""/utf8>>, "\r\n\r\n",
        <<"Ada"/utf8>>, "\r\n",
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"tag\""/utf8>>, "\r\n\r\n",
        <<"a"/utf8>>, "\r\n",
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"tag\""/utf8>>, "\r\n\r\n",
        <<"b"/utf8>>, "\r\n",
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"avatar\"; filename=\"upload.txt\"\r\nContent-Type: text/plain"/utf8>>, "\r\n\r\n",
        File3, "\r\n",
        "--", Boundary, "--\r\n"
    ]),
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(put, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
