#!/usr/bin/env escript
%% Runs Erlang snippets (escripts) one after another in this VM, as `escript snippet.escript` would
%% run each: reads a work dir per line on stdin, makes it the current directory, compiles its
%% snippet.escript as a module (the shebang line becomes the module's attributes, so line numbers
%% stay), calls main([]) in a process of its own and prints "SNIPFORGE-DRIVER ok" or
%% "SNIPFORGE-DRIVER fail <Base64 of the error>" on a line of its own.

main([ScratchDir]) ->
    loop(ScratchDir, 0).

loop(ScratchDir, N) ->
    case io:get_line("") of
        eof ->
            ok;
        Line ->
            Result = run(string:trim(Line, trailing, "\n"), ScratchDir, N),
            io:format("~nSNIPFORGE-DRIVER ~s~n", [Result]),
            loop(ScratchDir, N + 1)
    end.

run(Dir, ScratchDir, N) ->
    Module = list_to_atom("snippet_" ++ integer_to_list(N)),
    ok = file:set_cwd(Dir),
    {ok, Source} = file:read_file("snippet.escript"),
    [_Shebang, Rest] = binary:split(Source, <<"\n">>),
    Header = io_lib:format("-module(~s). -export([main/1]).~n", [Module]),
    ModuleFile = filename:join(ScratchDir, atom_to_list(Module) ++ ".erl"),
    ok = file:write_file(ModuleFile, [Header, Rest]),
    case compile:file(ModuleFile, [binary, return_errors]) of
        {ok, Module, Binary} ->
            {module, Module} = code:load_binary(Module, "snippet.escript", Binary),
            {Pid, Ref} = spawn_monitor(fun() -> Module:main([]) end),
            receive
                {'DOWN', Ref, process, Pid, normal} -> "ok";
                {'DOWN', Ref, process, Pid, Reason} -> fail(Reason)
            end;
        Errors ->
            fail(Errors)
    end.

fail(Reason) ->
    "fail " ++ base64:encode_to_string(unicode:characters_to_binary(io_lib:format("~tp", [Reason]))).
