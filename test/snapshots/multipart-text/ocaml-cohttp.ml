open Lwt.Syntax
open Cohttp_lwt_unix

let () =
  let uri = Uri.of_string "{{baseUrl}}/upload" in
  let headers = Cohttp.Header.init () in
  let boundary = "snipforge-boundary-7MA4YWxkTrZu0gW" in
  let parts =
    [
      (* name, file name, content type, content *)
      ("title", None, None, "Hello");
      ("bio", None, None, "line 1\nline 2\r\nline 3");
      ("name", None, None, "Zoë 😀");
      ("tag", None, None, "a");
      ("tag", None, None, "b");
      ("meta", None, Some "application/json", "{\"k\":\"v\"}");
      ("danger", None, None, "\"; $(id) #{x} \\(y) '");
    ]
  in
  let buffer = Buffer.create 1024 in
  List.iter
    (fun (name, file_name, content_type, content) ->
      Buffer.add_string buffer ("--" ^ boundary ^ "\r\nContent-Disposition: form-data; name=\"" ^ name ^ "\"");
      Option.iter (fun file_name -> Buffer.add_string buffer ("; filename=\"" ^ file_name ^ "\"")) file_name;
      Option.iter (fun content_type -> Buffer.add_string buffer ("\r\nContent-Type: " ^ content_type)) content_type;
      Buffer.add_string buffer ("\r\n\r\n" ^ content ^ "\r\n"))
    parts;
  Buffer.add_string buffer ("--" ^ boundary ^ "--\r\n");
  let headers = Cohttp.Header.add headers "Content-Type" ("multipart/form-data; boundary=" ^ boundary) in
  let body = Cohttp_lwt.Body.of_string (Buffer.contents buffer) in
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
