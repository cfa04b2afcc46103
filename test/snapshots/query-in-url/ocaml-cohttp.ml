open Lwt.Syntax
open Cohttp_lwt_unix

let () =
  let uri = Uri.of_string "{{baseUrl}}/items?q=a%20b&plus=%2B&raw=%2B&discount=100%25&empty=&flag=&utf=%C3%A9t%C3%A9&r=1&r=2" in
  let request =
    let* response, body =
      Client.call `GET uri
    in
    let* text = Cohttp_lwt.Body.to_string body in
    print_endline (Cohttp.Code.string_of_status (Cohttp.Response.status response));
    print_endline text;
    Lwt.return ()
  in
  Lwt_main.run request
