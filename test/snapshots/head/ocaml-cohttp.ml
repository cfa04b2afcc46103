open Lwt.Syntax
open Cohttp_lwt_unix

let () =
  let uri = Uri.of_string "{{baseUrl}}/status" in
  let headers =
    Cohttp.Header.of_list
      [
        ("X-Check", "yes");
      ]
  in
  let request =
    let* response, body =
      Client.call ~headers `HEAD uri
    in
    let* text = Cohttp_lwt.Body.to_string body in
    print_endline (Cohttp.Code.string_of_status (Cohttp.Response.status response));
    print_endline text;
    Lwt.return ()
  in
  Lwt_main.run request
