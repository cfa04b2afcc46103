open Lwt.Syntax
open Cohttp_lwt_unix

let () =
  let uri = Uri.of_string "{{baseUrl}}/v1/users/{{userId}}" in
  let headers =
    Cohttp.Header.of_list
      [
        ("If-Match", "W/\"etag-1\"");
        ("X-Request-Id", "{{requestId}}");
        ("Content-Type", "application/json");
      ]
  in
  let body = Cohttp_lwt.Body.of_string "{\"name\": \"{{newName}}\", \"active\": true}" in
  let request =
    let* response, body =
      Client.call ~headers ~body ~chunked:false `PATCH uri
    in
    let* text = Cohttp_lwt.Body.to_string body in
    print_endline (Cohttp.Code.string_of_status (Cohttp.Response.status response));
    print_endline text;
    Lwt.return ()
  in
  Lwt_main.run request
