open Lwt.Syntax
open Cohttp_lwt_unix

let () =
  let uri = Uri.of_string "{{baseUrl}}/me" in
  let headers =
    Cohttp.Header.of_list
      [
        ("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig");
      ]
  in
  let request =
    let* response, body =
      Client.call ~headers `GET uri
    in
    let* text = Cohttp_lwt.Body.to_string body in
    print_endline (Cohttp.Code.string_of_status (Cohttp.Response.status response));
    print_endline text;
    Lwt.return ()
  in
  Lwt_main.run request
