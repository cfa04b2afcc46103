open Lwt.Syntax
open Cohttp_lwt_unix

let () =
  let uri = Uri.of_string "{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10" in
  let headers =
    Cohttp.Header.of_list
      [
        ("X-API-Key", "{{api_key}}");
        ("Cookie", "session={{session_id}}; api_key={{api_key}}");
        ("X-Note", "\"; rm -rf ~; \"");
        ("Authorization", "Bearer {{bearerAuth}}");
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
