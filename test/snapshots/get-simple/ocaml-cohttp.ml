open Lwt.Syntax
open Cohttp_lwt_unix

let () =
  let uri = Uri.of_string "{{baseUrl}}/v1/users?limit=10&page=2" in
  let headers =
    Cohttp.Header.of_list
      [
        ("Accept", "application/json");
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
