#!/usr/bin/env escript

main(_) ->
    inets:start(),
    ssl:start(),
    Url = "{{baseUrl}}/echo",
    Headers = [
        {"X-Shell", "\"; rm -rf ~; \" $(id) `id` #{system('id')} \\(exploit) ${HOME} '; require('child_process').exec('id'); ' <?php */ %s"},
        {"X-Quotes", "'single' \"double\" `back` \\back\\slash\\"},
        {"X-Interp", "#{1+1} ${1+1} \\(1+1) {$x} $x @x #$x #@x %(x)s {0}"},
        {"X-Comment", "*/ /* // # -- <!-- ?>"}
    ],
    {ok, {_StatusLine, _ResponseHeaders, ResponseBody}} =
        httpc:request(get, {Url, Headers}, [], [{body_format, binary}]),
    io:format("~ts~n", [ResponseBody]).
