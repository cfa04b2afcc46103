#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/upload",
    Headers = [],
    Boundary = "snipforge-boundary-7MA4YWxkTrZu0gW",
    ContentType = "multipart/form-data; boundary=" ++ Boundary,
    {ok, File2} = file:read_file("upload.txt"),
    {ok, File3} = file:read_file("q\"uote.txt"),
    Body = iolist_to_binary([
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"say %22hi%22\""/utf8>>, "\r\n\r\n",
        <<"one"/utf8>>, "\r\n",
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"a\\\\b%22c%22\""/utf8>>, "\r\n\r\n",
        <<"two"/utf8>>, "\r\n",
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"doc %22main%22\"; filename=\"upload.txt\"\r\nContent-Type: text/plain"/utf8>>, "\r\n\r\n",
        File2, "\r\n",
        "--", Boundary, "\r\n", <<"Content-Disposition: form-data; name=\"quoted file\"; filename=\"q%22uote.txt\"\r\nContent-Type: application/octet-stream"/utf8>>, "\r\n\r\n",
        File3, "\r\n",
        "--", Boundary, "--\r\n"
    ]),
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(post, {Url, Headers, ContentType, Body}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
