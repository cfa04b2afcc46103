open Lwt.Syntax
open Cohttp_lwt_unix

let () =
  let uri = Uri.of_string "{{baseUrl}}/pets" in
  let headers =
    Cohttp.Header.of_list
      [
        ("Content-Type", "application/json");
      ]
  in
  let headers = Cohttp.Header.add_authorization headers (`Basic ("{{basicAuthUsername}}", "{{basicAuthPassword}}")) in
  let body = Cohttp_lwt.Body.of_string "{\"name\": \"{{petName}}\", \"tag\": \"dog\"}" in
  let request =
    let* response, body =
      Client.call ~headers ~body ~chunked:false `POST uri
    in
    let* text = Cohttp_lwt.Body.to_string body in
    print_endline (Cohttp.Code.string_of_status (Cohttp.Response.status response));
    print_endline text;
    Lwt.return ()
  in
  Lwt_main.run request
