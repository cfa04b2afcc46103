open Lwt.Syntax
open Cohttp_lwt_unix

let () =
  let uri = Uri.of_string "{{baseUrl}}/dav/" in
  let headers =
    Cohttp.Header.of_list
      [
        ("Depth", "1");
        ("Content-Type", "application/xml");
      ]
  in
  let body = Cohttp_lwt.Body.of_string {|<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
|} in
  let request =
    let* response, body =
      Client.call ~headers ~body ~chunked:false (`Other "PROPFIND") uri
    in
    let* text = Cohttp_lwt.Body.to_string body in
    print_endline (Cohttp.Code.string_of_status (Cohttp.Response.status response));
    print_endline text;
    Lwt.return ()
  in
  Lwt_main.run request
