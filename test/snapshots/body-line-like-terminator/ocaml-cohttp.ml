open Lwt.Syntax
open Cohttp_lwt_unix

let () =
  let uri = Uri.of_string "{{baseUrl}}/notes" in
  let headers =
    Cohttp.Header.of_list
      [
        ("Content-Type", "text/plain");
      ]
  in
  let body = Cohttp_lwt.Body.of_string {|

BODYBODY
  BODY2 indented
EOF
|} in
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
